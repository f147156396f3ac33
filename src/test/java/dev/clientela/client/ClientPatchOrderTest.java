package dev.clientela.client;

import static dev.clientela.client.ClientRequests.CLIENTS;
import static dev.clientela.client.ClientRequests.fieldErrors;
import static dev.clientela.client.ClientRequests.pathOf;
import static dev.clientela.client.ClientRequests.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.clientela.support.Api;
import dev.clientela.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A bad patch says first what is wrong with its target: no such client, or a stale version. */
class ClientPatchOrderTest extends ApiTest {

    private static final String BAD_PATCH = "{\"email\": \"no-es-un-correo\", \"credit_limit\": -5}";

    private Api shop;

    @BeforeEach
    void openShop() {
        shop = api.as(openTenant("Ferretería El Tornillo", "PE"));
    }

    @Test
    void aBadPatchToAClientThatDoesNotExistIsNotFound() {
        var response = shop.patch(CLIENTS + "/0190c5a2-7b1e-7000-8000-000000000001", BAD_PATCH);

        assertThat(response.status()).as(response.toString()).isEqualTo(404);
    }

    @Test
    void aBadPatchWithAStaleVersionIsAPreconditionFailure() {
        JsonNode client = register(shop, "{\"name\": \"Julio Quispe\"}");
        shop.patch(pathOf(client), "{\"notes\": \"cliente frecuente\"}");

        var stale = shop.with("If-Match", "\"1\"").patch(pathOf(client), BAD_PATCH);
        var current = shop.with("If-Match", "\"2\"").patch(pathOf(client), BAD_PATCH);

        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        assertThat(current.status()).as(current.toString()).isEqualTo(422);
        assertThat(fieldErrors(current))
                .containsExactlyInAnyOrder(tuple("email", "invalid_format"), tuple("credit_limit", "out_of_range"));
    }
}
