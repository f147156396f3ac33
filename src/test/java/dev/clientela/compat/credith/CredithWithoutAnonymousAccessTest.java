package dev.clientela.compat.credith;

import static dev.clientela.compat.credith.CredithClientsTest.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import org.junit.jupiter.api.Test;

/** Anonymous access is off unless configured: Credith's client routes then need a key like any other. */
class CredithWithoutAnonymousAccessTest extends ApiTest {

    @Test
    void withoutTheConfigurationAnonymousCallersAreRefused() {
        Response list = api.get("/compat/credith/api/clients");
        Response create = api.post("/compat/credith/api/clients", "{\"name\": \"Ana\"}");

        assertThat(list.status()).isEqualTo(401);
        assertThat(message(list)).isEqualTo("Token requerido");
        assertThat(create.status()).isEqualTo(401);
    }
}
