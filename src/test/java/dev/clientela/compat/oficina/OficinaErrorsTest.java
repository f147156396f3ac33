package dev.clientela.compat.oficina;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every refusal in NestJS's shape, {@code {statusCode, message, error}}, and never a 5xx. */
class OficinaErrorsTest extends ApiTest {

    private static final String CUSTOMERS = "/compat/oficina/billing/customers";

    private Api office;

    @BeforeEach
    void openOffice() {
        office = api.as(openTenant("Oficina Nítida Medellín", "CO"));
    }

    @Test
    void aDuplicateNitInTheTenantIs400() {
        assertThat(create("Colegio Los Andes S.A.S.", "900123456").status()).isEqualTo(201);

        Response duplicate = create("Colegio Los Andes (sede norte)", "900.123.456");

        assertThat(duplicate.status()).isEqualTo(400);
        assertNestError(duplicate, 400, "Bad Request");
        assertThat(duplicate.body().get("message").stringValue()).isEqualTo("Ya existe un cliente con ese NIT");
    }

    @Test
    void aNitChangedToAnotherCustomersIs400() {
        create("Colegio Los Andes S.A.S.", "900123456");
        String id =
                create("Ferretería El Tornillo", "800197268").body().get("id").stringValue();

        Response duplicate = office.patch(CUSTOMERS + "/" + id, "{\"nit\": \"900123456\"}");

        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.body().get("message").stringValue()).isEqualTo("Ya existe un cliente con ese NIT");
    }

    @Test
    void theSameNitInAnotherTenantIsAnotherCustomer() {
        create("Colegio Los Andes S.A.S.", "900123456");
        Api other = api.as(openTenant("Otra Oficina", "CO"));

        Response created = other.post(CUSTOMERS, "{\"razonSocial\": \"Colegio Los Andes\", \"nit\": \"900123456\"}");

        assertThat(created.status()).isEqualTo(201);
    }

    @Test
    void missingRequiredFieldsAreListedAsClassValidatorMessages() {
        Response refused = office.post(CUSTOMERS, "{\"email\": \"facturacion@colegio.edu.co\"}");

        assertNestError(refused, 400, "Bad Request");
        assertThat(messages(refused)).containsExactly("razonSocial should not be empty", "nit should not be empty");
    }

    @Test
    void valuesOfTheWrongTypeAreRefusedNamingTheField() {
        Response refused = office.post(CUSTOMERS, """
                {"razonSocial": 42, "nit": ["900123456"], "email": {"a": 1}, "telefono": true, "direccion": 1.5}""");

        assertNestError(refused, 400, "Bad Request");
        assertThat(messages(refused))
                .containsExactly(
                        "razonSocial must be a string",
                        "nit must be a string",
                        "email must be a string",
                        "telefono must be a string",
                        "direccion must be a string");
    }

    @Test
    void anUnknownPropertyIsRefused() {
        Response refused = office.post(CUSTOMERS, """
                {"razonSocial": "Colegio", "nit": "900123456", "tenantId": "otro"}""");

        assertNestError(refused, 400, "Bad Request");
        assertThat(messages(refused)).containsExactly("property tenantId should not exist");
    }

    @Test
    void aStatusOutsideTheEnumerationIsRefused() {
        String id = create("Colegio", "900123456").body().get("id").stringValue();

        Response refused = office.patch(CUSTOMERS + "/" + id, "{\"status\": \"DELETED\"}");

        assertNestError(refused, 400, "Bad Request");
        assertThat(messages(refused)).containsExactly("status must be one of the following values: ACTIVE, INACTIVE");
    }

    @Test
    void aNitThatCannotBeANitIsRefusedUnderStrictValidation() {
        Response refused = create("Colegio", "12");

        assertNestError(refused, 400, "Bad Request");
        assertThat(messages(refused)).singleElement().asString().startsWith("nit ");
    }

    @Test
    void anInvalidEmailIsRefusedNamingTheField() {
        Response refused = office.post(CUSTOMERS, """
                {"razonSocial": "Colegio", "nit": "900123456", "email": "no-es-un-correo"}""");

        assertNestError(refused, 400, "Bad Request");
        assertThat(messages(refused)).singleElement().asString().startsWith("email ");
    }

    @Test
    void patchRefusesClearingTheRequiredFields() {
        String id = create("Colegio", "900123456").body().get("id").stringValue();

        Response refused = office.patch(CUSTOMERS + "/" + id, "{\"razonSocial\": null, \"nit\": \"\"}");

        assertThat(messages(refused)).containsExactly("razonSocial should not be empty", "nit should not be empty");
    }

    @Test
    void deletingACustomerWithInvoicesIs409InsteadOfADatabaseError() {
        String id =
                create("Colegio Los Andes S.A.S.", "900123456").body().get("id").stringValue();
        Response invoice = office.post("/api/v1/invoices", """
                {"client_id": "%s", "series": "FE01", "number": 1, "currency": "COP",
                 "lines": [{"description": "Pensión noviembre", "quantity": 1, "unit_price": 450000}]}""".formatted(id));
        assertThat(invoice.status()).as(invoice.text()).isEqualTo(201);

        Response refused = office.delete(CUSTOMERS + "/" + id);

        assertNestError(refused, 409, "Conflict");
        assertThat(refused.body().get("message").stringValue()).contains("facturas");
        assertThat(office.get(CUSTOMERS + "/" + id).status()).isEqualTo(200);
    }

    @Test
    void deletingAnUnknownCustomerIs404() {
        Response refused = office.delete(CUSTOMERS + "/0190f0a0-0000-7000-8000-000000000000");

        assertNestError(refused, 404, "Not Found");
        assertThat(refused.body().get("message").stringValue()).isEqualTo("Cliente no encontrado");
    }

    @Test
    void aRequestWithoutAKeyIs401() {
        Response refused = api.get(CUSTOMERS);

        assertNestError(refused, 401, "Unauthorized");
    }

    @Test
    void aWrongKeyIs401() {
        Response refused = api.as("not-a-key").get(CUSTOMERS);

        assertNestError(refused, 401, "Unauthorized");
    }

    @Test
    void malformedJsonIs400() {
        Response refused = office.post(CUSTOMERS, "{\"razonSocial\": \"Colegio\", ");

        assertNestError(refused, 400, "Bad Request");
    }

    @Test
    void aBodyThatIsNotJsonMediaTypeIs415() {
        Response refused = office.with("Content-Type", "text/plain").post(CUSTOMERS, "razonSocial=Colegio");

        assertNestError(refused, 415, "Unsupported Media Type");
    }

    @Test
    void aBodyOverOneMebibyteIs413() {
        Response refused = office.post(CUSTOMERS, "{\"razonSocial\": \"" + "a".repeat(1_100_000) + "\"}");

        assertNestError(refused, 413, "Payload Too Large");
    }

    @Test
    void anUnknownRouteIs404() {
        Response refused = office.get("/compat/oficina/billing/invoices");

        assertNestError(refused, 404, "Not Found");
    }

    @Test
    void aMethodTheRouteDoesNotHaveIs405() {
        Response refused = office.put(CUSTOMERS + "/0190f0a0-0000-7000-8000-000000000000", "{}");

        assertNestError(refused, 405, "Method Not Allowed");
    }

    @Test
    void hostileCreateBodiesAreRefusedWithA4xx() {
        List<String> bodies = List.of(
                "[]",
                "null",
                "\"texto\"",
                "42",
                "{}",
                "{\"razonSocial\": null, \"nit\": null}",
                "{\"razonSocial\": [], \"nit\": {}}",
                "{\"razonSocial\": \"" + "x".repeat(5000) + "\", \"nit\": \"900123456\"}",
                "{\"razonSocial\": \"Colegio\", \"nit\": \"" + "9".repeat(5000) + "\"}",
                "{\"razonSocial\": \"Colegio\", \"nit\": \"900123456\", \"telefono\": \"" + "1".repeat(500) + "\"}",
                "{\"razonSocial\": \"Colegio\", \"nit\": \"900123456\", \"direccion\": \"" + "c".repeat(5000) + "\"}",
                "{\"razonSocial\": \"Cole\\u0000gio\", \"nit\": \"900123456\"}",
                "{\"razonSocial\": \"Colegio\", \"nit\": \"---\"}",
                "{\"razonSocial\": \"Colegio\", \"nit\": \"900123456\", \"status\": 1}",
                "{\"razonSocial\": \"Colegio\", \"nit\": \"900123456\"} trailing",
                "{\"razonSocial\": \"Colegio\", \"nit\": 900123456}",
                "[".repeat(5000));
        for (String body : bodies) {
            Response response = office.post(CUSTOMERS, body);
            assertThat(response.status())
                    .as(body.length() > 80 ? body.substring(0, 80) : body)
                    .isEqualTo(400);
            assertThat(response.body().get("statusCode").intValue()).isEqualTo(400);
        }
    }

    @Test
    void hostilePatchBodiesAreRefusedWithA4xx() {
        String id = create("Colegio", "900123456").body().get("id").stringValue();
        List<String> bodies = List.of(
                "[]",
                "null",
                "{\"razonSocial\": {}}",
                "{\"nit\": []}",
                "{\"status\": null}",
                "{\"email\": 12}",
                "{\"telefono\": \"" + "1".repeat(100_000) + "\"}",
                "{\"id\": \"" + id + "\"}",
                "{\"createdAt\": \"2020-01-01\"}",
                "{\"razonSocial\": \"Colegio\"");
        for (String body : bodies) {
            Response response = office.patch(CUSTOMERS + "/" + id, body);
            assertThat(response.status())
                    .as(body.length() > 80 ? body.substring(0, 80) : body)
                    .isEqualTo(400);
        }
        assertThat(office.get(CUSTOMERS + "/" + id).body().get("razonSocial").stringValue())
                .isEqualTo("Colegio");
    }

    @Test
    void hostileSearchesNeverFail() {
        create("Colegio", "900123456");
        for (String search : List.of("%25", "_", "%5C", "'%20or%201=1", "a".repeat(300), "%00")) {
            Response response = office.get(CUSTOMERS + "?search=" + search);
            assertThat(response.status()).as(search).isIn(200, 400);
        }
    }

    private Response create(String razonSocial, String nit) {
        return office.post(CUSTOMERS, """
                {"razonSocial": "%s", "nit": "%s"}""".formatted(razonSocial, nit));
    }

    private static void assertNestError(Response response, int status, String error) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        JsonNode body = response.body();
        assertThat(body.get("statusCode").intValue()).isEqualTo(status);
        assertThat(body.get("error").stringValue()).isEqualTo(error);
        assertThat(body.has("message")).isTrue();
        assertThat(body.has("code")).isFalse();
    }

    private static List<String> messages(Response response) {
        List<String> messages = new ArrayList<>();
        response.body().get("message").forEach(m -> messages.add(m.stringValue()));
        return messages;
    }
}
