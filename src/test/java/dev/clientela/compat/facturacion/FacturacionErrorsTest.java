package dev.clientela.compat.facturacion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every refusal under the e-invoicing profile comes in its envelope, and no input to a write
 * endpoint makes the server fail.
 */
class FacturacionErrorsTest extends FacturacionTest {

    @Test
    void withoutAKeyIs401() {
        assertRefused(api.get(CLIENTS), 401, "No autenticado.");
    }

    @Test
    void aWrongKeyIs401() {
        assertRefused(api.as("not-a-key").post(CLIENTS, "{}"), 401, "No autenticado.");
    }

    @Test
    void theApiKeyHeaderAuthenticatesToo() {
        String admin = openCompany("Clave en Cabecera");
        assertThat(api.with("X-API-Key", admin).get(CLIENTS).status()).isEqualTo(200);
    }

    @Test
    void anUnknownRouteIs404() {
        assertRefused(
                api.as(openCompany("Rutas")).get("/compat/facturacion-pe/api/v1/facturas"),
                404,
                "Recurso no encontrado.");
    }

    @Test
    void aMethodTheRouteDoesNotTakeIs405() {
        String admin = openCompany("Métodos");
        assertRefused(api.as(admin).delete(CLIENTS), 405, "Método no permitido para esta ruta.");
        assertRefused(api.as(admin).put(CLIENTS, "{}"), 405, "Método no permitido para esta ruta.");
    }

    @Test
    void malformedJsonIs400() {
        assertRefused(
                api.as(openCompany("JSON Roto")).post(CLIENTS, "{\"razon_social\": "),
                400,
                "El cuerpo de la solicitud no es un JSON válido.");
    }

    @Test
    void aBodyThatIsNotAnObjectIs400() {
        String admin = openCompany("Cuerpos Raros");
        for (String body : List.of("[]", "[{\"razon_social\": \"A\"}]", "\"texto\"", "42", "true")) {
            assertRefused(
                    api.as(admin).hostile().post(CLIENTS, body),
                    400,
                    "El cuerpo de la solicitud debe ser un objeto JSON.");
        }
    }

    @Test
    void aBodyOverOneMebibyteIs413() {
        String huge = "{\"razon_social\": \"" + "A".repeat(1024 * 1024 + 10) + "\"}";
        assertRefused(
                api.as(openCompany("Cuerpos Grandes")).post(CLIENTS, huge),
                413,
                "El cuerpo de la solicitud es demasiado grande.");
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        Response refused = api.as(openCompany("Tipos de Contenido"))
                .with("Content-Type", "text/plain")
                .post(CLIENTS, "razon_social=EMPRESA");
        assertRefused(refused, 415, "Tipo de contenido no soportado; envíe application/json.");
    }

    @Test
    void hostileCreatesAreRefusedWithoutFailing() {
        String admin = openCompany("Entradas Hostiles al Crear");
        for (String body : hostileBodies()) {
            assertNeverFails(api.as(admin).hostile().post(CLIENTS, body), body);
        }
    }

    @Test
    void hostileUpdatesAreRefusedWithoutFailing() {
        String admin = openCompany("Entradas Hostiles al Actualizar");
        long id = registered(admin, "6", VALID_RUC, "EMPRESA DEMO S.A.C.");
        for (String body : hostileBodies()) {
            assertNeverFails(api.as(admin).hostile().put(CLIENTS + "/" + id, body), body);
        }
        assertThat(api.as(admin)
                        .get(CLIENTS + "/" + id)
                        .body()
                        .at("/data/razon_social")
                        .stringValue())
                .isEqualTo("EMPRESA DEMO S.A.C.");
    }

    @Test
    void hostileSearchesByDocumentAreRefusedWithoutFailing() {
        String admin = openCompany("Entradas Hostiles al Buscar");
        for (String body : hostileBodies()) {
            assertNeverFails(api.as(admin).hostile().post(CLIENTS + "/search-by-document", body), body);
        }
    }

    @Test
    void hostileListParametersNeverFail() {
        String admin = openCompany("Parámetros Hostiles");
        for (String query : List.of(
                "?search=" + "x".repeat(5000),
                "?search=%00%01",
                "?company_id=1e9999",
                "?tipo_documento=%27%3B--",
                "?page=-99999999999999999999&search=%25")) {
            Response listed = api.as(admin).hostile().get(CLIENTS + query);
            assertThat(listed.status()).as(query).isLessThan(500);
            assertThat(listed.body().has("success")).as(listed.toString()).isTrue();
        }
    }

    private static List<String> hostileBodies() {
        String huge = "x".repeat(100_000);
        return List.of(
                "{\"tipo_documento\": 6, \"numero_documento\": 20512333797, \"razon_social\": [\"A\"]}",
                "{\"tipo_documento\": {\"codigo\": \"6\"}, \"numero_documento\": {}, \"razon_social\": {}}",
                "{\"tipo_documento\": null, \"numero_documento\": null, \"razon_social\": null, \"activo\": null}",
                "{\"tipo_documento\": \"6\", \"numero_documento\": \"%s\", \"razon_social\": \"%s\"}"
                        .formatted(huge, huge),
                "{\"tipo_documento\": \"6\", \"numero_documento\": \"20512333797\", \"razon_social\": \"A\\u0000B\"}",
                "{\"company_id\": 1.5, \"activo\": [true], \"email\": 7, \"ubigeo\": 150101}",
                "{\"company_id\": 99999999999999999999999, \"direccion\": {\"line\": \"x\"}}",
                "{\"razon_social\": \"\\ud800\", \"nombre_comercial\": \"\\udc00x\"}",
                "[1, 2, 3]",
                "null",
                "{\"razon_social\": ",
                "");
    }

    private static void assertNeverFails(Response response, String body) {
        assertThat(response.status()).as(body + " → " + response).isBetween(200, 499);
        if (response.status() >= 400) {
            assertThat(response.body().get("success").booleanValue()).isFalse();
            assertThat(response.body().get("message").isString()).isTrue();
        }
        assertThat(Api.parse(response.text()).isObject()).isTrue();
    }
}
