package dev.clientela.compat.facturacion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import tools.jackson.databind.JsonNode;

/** What the e-invoicing profile's tests share: a Peruvian company, its keys and the seed's requests. */
abstract class FacturacionTest extends ApiTest {

    static final String CLIENTS = "/compat/facturacion-pe/api/v1/clients";
    /** A RUC whose check digit is right; the seed's own example, 20123456789, is not. */
    static final String VALID_RUC = "20512333797";

    /** A Peruvian company with a RUC, its ADMIN key. */
    String openCompany(String name) {
        String admin = openTenant(name, "PE");
        Response patched = api.as(admin).patch("/api/v1/tenant", "{\"tax_id\":\"20987654321\"}");
        assertThat(patched.status()).isEqualTo(200);
        return admin;
    }

    /** Stores invalid numbers with warnings, as the seed system stored anything. */
    void validateDocumentsWithWarnings(String admin) {
        Response patched = api.as(admin).patch("/api/v1/tenant", "{\"settings\":{\"document_validation\":\"WARN\"}}");
        assertThat(patched.status()).isEqualTo(200);
    }

    long companyNumber(String key) {
        return api.as(key).get("/api/v1/tenant").body().get("number").longValue();
    }

    Response register(String key, String code, String number, String razonSocial) {
        return api.as(key).post(CLIENTS, """
                        {"tipo_documento": "%s", "numero_documento": "%s", "razon_social": "%s"}""".formatted(code, number, razonSocial));
    }

    long registered(String key, String code, String number, String razonSocial) {
        Response created = register(key, code, number, razonSocial);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.body().at("/data/id").longValue();
    }

    /** The client as the canonical API shows it, by its per-tenant number. */
    JsonNode canonical(String key, long number) {
        JsonNode data =
                api.as(key).get("/api/v1/clients?number=" + number).body().get("data");
        assertThat(data.size()).isEqualTo(1);
        return data.get(0);
    }

    static void assertRefused(Response response, int status, String message) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.body().get("success").booleanValue()).isFalse();
        assertThat(response.body().get("message").stringValue()).isEqualTo(message);
    }

    static void assertInvalid(Response response, String field, String message) {
        assertRefused(response, 422, "Errores de validación");
        JsonNode messages = response.body().at("/errors/" + field);
        assertThat(messages.size()).as(response.toString()).isEqualTo(1);
        assertThat(messages.get(0).stringValue()).isEqualTo(message);
    }
}
