package dev.clientela.compat.credith;

import static dev.clientela.compat.credith.CredithClientsTest.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * With {@code clientela.compat.credith.anonymous.*} set, Credith's client routes need no key, as in
 * Credith: callers act for the named tenant (here the Default tenant, number 1, whose platform key
 * the tests hold) with the named role, and nowhere else.
 */
@TestPropertySource(
        properties = {"clientela.compat.credith.anonymous.tenant=1", "clientela.compat.credith.anonymous.role=OPERATOR"
        })
class CredithAnonymousAccessTest extends ApiTest {

    private static final String CLIENTS = "/compat/credith/api/clients";

    @Test
    void anonymousCallersRegisterAndReadClientsOfTheNamedTenant() {
        String dni = "0801-1990-" + ThreadLocalRandom.current().nextInt(10_000, 100_000);

        Response created = api.post(CLIENTS, "{\"name\": \"Cliente de mostrador\", \"dni\": \"" + dni + "\"}");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.body().at("/client/clientId").stringValue();
        assertThat(api.get(CLIENTS + "/" + id).status()).isEqualTo(200);
        assertThat(api.get(CLIENTS + "?dni=" + dni)
                        .body()
                        .at("/data/0/clientId")
                        .stringValue())
                .isEqualTo(id);
        assertThat(api.as(PLATFORM_KEY)
                        .get("/api/v1/clients/" + id)
                        .body()
                        .get("name")
                        .stringValue())
                .isEqualTo("Cliente de mostrador");
    }

    @Test
    void anonymousCallersHaveOnlyTheNamedRole() {
        String id = api.post(CLIENTS, "{\"name\": \"Cliente por borrar\"}")
                .body()
                .at("/client/clientId")
                .stringValue();

        Response refused = api.delete(CLIENTS + "/" + id);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(api.get(CLIENTS + "/" + id).status()).isEqualTo(200);
    }

    @Test
    void otherRoutesStillNeedAKey() {
        assertThat(message(api.get("/compat/credith/api/payment-plan/0801199012345")))
                .isEqualTo("Token requerido");
        assertThat(api.get("/compat/credith/api/clientsX").status()).isEqualTo(401);
        assertThat(api.get("/api/v1/clients").status()).isEqualTo(401);
    }

    @Test
    void aKeyWhenGivenStillDecidesTheTenant() {
        String admin = openTenant("Créditos La Ceiba", "HN");
        api.as(admin).post(CLIENTS, "{\"name\": \"Cliente propio\"}");

        Response own = api.as(admin).get(CLIENTS);

        assertThat(own.body().get("total").intValue()).isEqualTo(1);
        assertThat(api.as("clave-falsa").get(CLIENTS).status()).isEqualTo(401);
    }
}
