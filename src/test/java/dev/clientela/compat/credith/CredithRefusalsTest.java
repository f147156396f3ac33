package dev.clientela.compat.credith;

import static dev.clientela.compat.credith.CredithClientsTest.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import org.junit.jupiter.api.Test;

/** Every refusal under {@code /compat/credith} is Credith's {@code {"message": ...}}, never a problem+json. */
class CredithRefusalsTest extends ApiTest {

    private static final String CLIENTS = "/compat/credith/api/clients";

    @Test
    void withoutAKeyIs401TokenRequerido() {
        Response refused = api.get(CLIENTS);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("Content-Type")).startsWith("application/json");
        assertThat(message(refused)).isEqualTo("Token requerido");
        assertThat(message(api.get("/compat/credith/api/payment-plan/0801199012345")))
                .isEqualTo("Token requerido");
    }

    @Test
    void anUnknownKeyIs401TokenInvalido() {
        Response refused = api.as("clave-que-no-existe").get(CLIENTS);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(message(refused)).isEqualTo("Token invalido");
    }

    @Test
    void aRoleThatMayNotDoItIs403() {
        String admin = openTenant("Créditos Choluteca", "HN");
        String viewer = keyWithRole(admin, "VIEWER");
        String operator = keyWithRole(admin, "OPERATOR");
        String id = api.as(admin)
                .post(CLIENTS, "{\"name\": \"Ana\"}")
                .body()
                .at("/client/clientId")
                .stringValue();

        Response create = api.as(viewer).post(CLIENTS, "{\"name\": \"Bruno\"}");
        Response delete = api.as(operator).delete(CLIENTS + "/" + id);

        assertThat(create.status()).isEqualTo(403);
        assertThat(message(create)).isEqualTo("No tiene permiso para realizar esta accion");
        assertThat(delete.status()).isEqualTo(403);
        assertThat(api.as(viewer).get(CLIENTS + "/" + id).status()).isEqualTo(200);
    }

    @Test
    void anUnknownRouteIs404InCredithsShape() {
        Response missing = api.as(openTenant("Créditos Danlí", "HN")).get("/compat/credith/api/clientes");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(message(missing)).isEqualTo("Recurso no encontrado");
    }

    @Test
    void aMethodTheRouteDoesNotHaveIs405() {
        Response refused = api.as(openTenant("Créditos Juticalpa", "HN")).send("PATCH", CLIENTS, "{}");

        assertThat(refused.status()).isEqualTo(405);
        assertThat(message(refused)).isEqualTo("Metodo no permitido");
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        Response refused = api.as(openTenant("Créditos Olancho", "HN"))
                .with("Content-Type", "text/plain")
                .post(CLIENTS, "name=Ana");

        assertThat(refused.status()).isEqualTo(415);
        assertThat(message(refused)).isEqualTo("El cuerpo de la solicitud debe ser application/json");
    }

    @Test
    void aBodyOverOneMegabyteIs413() {
        String huge = "{\"name\": \"" + "x".repeat(1_100_000) + "\"}";

        Response refused = api.as(openTenant("Créditos Copán", "HN")).post(CLIENTS, huge);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(message(refused)).isEqualTo("El cuerpo de la solicitud es demasiado grande");
    }
}
