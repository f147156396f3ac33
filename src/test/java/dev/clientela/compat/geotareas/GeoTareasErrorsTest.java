package dev.clientela.compat.geotareas;

import static dev.clientela.compat.geotareas.GeoTareasClientsTest.CLIENTS;
import static dev.clientela.compat.geotareas.GeoTareasClientsTest.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import dev.clientela.support.SecondInstance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** GeoTareas' error table, in its envelope {@code {success: false, error: {code, message, details}}}. */
class GeoTareasErrorsTest extends ApiTest {

    private String admin;
    private String tenantNumber;
    private Api geo;

    @BeforeEach
    void openTenant() {
        admin = openTenant("Mantenimiento Oriental", "UY");
        tenantNumber = String.valueOf(
                api.as(admin).get("/api/v1/tenant").body().get("number").longValue());
        geo = api.as(admin).with("tenant", tenantNumber);
    }

    @Test
    void aRequestWithoutTheTenantHeaderIsBadRequest() {
        Response refused = api.as(admin).get(CLIENTS);

        assertGeoError(refused, 400, "BAD_REQUEST");
        assertThat(refused.body().at("/error/message").stringValue()).startsWith("Missing required headers");
    }

    @Test
    void aWriteWithoutTheTenantHeaderIsBadRequest() {
        Response refused = api.as(admin).post(CLIENTS, "{\"name\": \"Sin tenant\"}");

        assertGeoError(refused, 400, "BAD_REQUEST");
    }

    @Test
    void theTenantHeaderNamesTheTenantByNumberOrId() {
        String tenantId = api.as(admin).tenantId().toString();

        assertThat(api.as(admin).with("tenant", tenantNumber).get(CLIENTS).status())
                .isEqualTo(200);
        assertThat(api.as(admin).with("tenant", tenantId).get(CLIENTS).status()).isEqualTo(200);
    }

    @Test
    void aTenantHeaderNamingAnotherTenantIsForbidden() {
        String other = openTenant("Otra Empresa", "UY");
        String otherNumber = String.valueOf(
                api.as(other).get("/api/v1/tenant").body().get("number").longValue());

        Response refused = api.as(admin).with("tenant", otherNumber).get(CLIENTS);

        assertGeoError(refused, 403, "FORBIDDEN");
        assertGeoError(api.as(admin).with("tenant", "999999999").get(CLIENTS), 403, "FORBIDDEN");
    }

    @Test
    void aRequestWithoutAKeyIsUnauthorized() {
        assertGeoError(api.with("tenant", tenantNumber).get(CLIENTS), 401, "UNAUTHORIZED");
    }

    @Test
    void aWrongKeyIsUnauthorized() {
        Response refused =
                api.with("X-API-Key", "not-a-key").with("tenant", tenantNumber).get(CLIENTS);

        assertGeoError(refused, 401, "UNAUTHORIZED");
        assertThat(refused.body().at("/error/message").stringValue()).isEqualTo("Invalid or expired JWT / API Key");
    }

    @Test
    void theKeyIsAcceptedAsBearerOrAsXApiKey() {
        assertThat(api.with("Authorization", "Bearer " + admin)
                        .with("tenant", tenantNumber)
                        .get(CLIENTS)
                        .status())
                .isEqualTo(200);
        assertThat(api.with("X-API-Key", admin)
                        .with("tenant", tenantNumber)
                        .get(CLIENTS)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theDocumentsTwoCredentialHeadersWorkWithTheKeyInXApiKey() {
        Response list = api.with("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl")
                .with("X-API-Key", admin)
                .with("tenant", tenantNumber)
                .get(CLIENTS);

        assertThat(list.status()).as(list.text()).isEqualTo(200);
    }

    @Test
    void aViewerKeyReadsButLacksTheWritePermission() {
        Api viewer = api.as(keyWithRole(admin, "VIEWER")).with("tenant", tenantNumber);

        assertThat(viewer.get(CLIENTS).status()).isEqualTo(200);
        assertGeoError(viewer.post(CLIENTS, "{\"name\": \"Nuevo\"}"), 403, "FORBIDDEN");
    }

    @Test
    void anOperatorKeyWrites() {
        Api operator = api.as(keyWithRole(admin, "OPERATOR")).with("tenant", tenantNumber);

        String id = id(operator.post(CLIENTS, "{\"name\": \"Nuevo\"}"));

        assertThat(operator.put(CLIENTS + "/" + id, "{\"notes\": \"ok\"}").status())
                .isEqualTo(200);
    }

    @Test
    void updatingAnUnknownClientIsNotFound() {
        assertGeoError(geo.put(CLIENTS + "/982710394857200005", "{\"name\": \"X\"}"), 404, "NOT_FOUND");
        assertGeoError(geo.put(CLIENTS + "/abc", "{\"name\": \"X\"}"), 404, "NOT_FOUND");
        assertGeoError(geo.get(CLIENTS + "/99999999999999999999999"), 404, "NOT_FOUND");
    }

    @Test
    void aClientOfAnotherTenantIsNotFound() {
        String id = id(geo.post(CLIENTS, "{\"name\": \"Mío\"}"));
        String other = openTenant("Otra Empresa", "UY");
        String number = String.valueOf(
                api.as(other).get("/api/v1/tenant").body().get("number").longValue());

        Response refused = api.as(other).with("tenant", number).put(CLIENTS + "/" + id, "{\"name\": \"Ajeno\"}");

        assertGeoError(refused, 404, "NOT_FOUND");
        assertThat(geo.get(CLIENTS + "/" + id).body().at("/data/name").stringValue())
                .isEqualTo("Mío");
    }

    @Test
    void createWithoutANameIsAValidationErrorOf400() {
        Response refused = geo.post(CLIENTS, "{\"email\": \"info@regionaldist.com\"}");

        assertGeoError(refused, 400, "VALIDATION_ERROR");
        assertThat(detailFields(refused)).containsExactly("name");
    }

    @Test
    void everyFieldOverItsMaximumLengthIsRefusedNamingIt() {
        Response refused = geo.post(CLIENTS, """
                {"name": "%s", "external_code": "%s", "status": "%s", "document": "%s", "business_name": "%s",
                 "tax_id": "%s", "phone": "%s", "mobile": "%s", "email": "%s", "notes": "%s", "image_url": "%s",
                 "street": "%s", "door_number": "%s", "apartment": "%s", "corner": "%s", "zip_code": "%s",
                 "country_id": "%s", "department_id": "%s"}""".formatted(
                        x(201), x(121), x(11), x(61), x(201), x(61), x(61), x(61), x(201), x(1001), x(501), x(201),
                        x(21), x(21), x(201), x(21), x(31), x(31)));

        assertGeoError(refused, 400, "VALIDATION_ERROR");
        assertThat(detailFields(refused))
                .containsExactlyInAnyOrder(
                        "name",
                        "external_code",
                        "status",
                        "document",
                        "business_name",
                        "tax_id",
                        "phone",
                        "mobile",
                        "email",
                        "notes",
                        "image_url",
                        "street",
                        "door_number",
                        "apartment",
                        "corner",
                        "zip_code",
                        "country_id",
                        "department_id");
    }

    @Test
    void fieldsAtTheirMaximumLengthAreAccepted() {
        Response created = geo.post(CLIENTS, """
                {"name": "%s", "external_code": "%s", "business_name": "%s", "tax_id": "%s", "notes": "%s",
                 "street": "%s", "door_number": "%s", "apartment": "%s", "corner": "%s", "zip_code": "%s",
                 "country_id": "%s", "department_id": "%s"}""".formatted(
                        x(200), x(120), x(200), x(60), x(1000), x(200), x(20), x(20), x(200), x(20), x(30), x(30)));

        assertThat(created.status()).as(created.text()).isEqualTo(201);
    }

    @Test
    void aPhoneOverFortyCharactersIsRefusedThoughTheSeedAllowsSixty() {
        Response refused = geo.post(CLIENTS, "{\"name\": \"Largo\", \"phone\": \"%s\"}".formatted("1".repeat(41)));

        assertGeoError(refused, 400, "VALIDATION_ERROR");
        assertThat(detailFields(refused)).containsExactly("phone");
    }

    @Test
    void anUnknownDocumentTypeIsAValidationError() {
        Response refused = geo.post(CLIENTS, "{\"name\": \"X\", \"document\": \"12345672\", \"document_type\": 9}");

        assertGeoError(refused, 400, "VALIDATION_ERROR");
        assertThat(detailFields(refused)).containsExactly("document_type");
    }

    @Test
    void aDocumentFailingItsCheckDigitIsRefusedUnderStrictValidation() {
        Response refused = geo.post(CLIENTS, """
                {"name": "Regional Distributors", "document": "219900005018", "document_type": 2}""");

        assertGeoError(refused, 400, "VALIDATION_ERROR");
        assertThat(detailFields(refused)).containsOnly("document");
    }

    @Test
    void aStatusOtherThanActiveOrInactiveIsAValidationError() {
        Response refused = geo.post(CLIENTS, "{\"name\": \"X\", \"status\": \"pending\"}");

        assertGeoError(refused, 400, "VALIDATION_ERROR");
        assertThat(detailFields(refused)).containsExactly("status");
    }

    @Test
    void aDuplicateDocumentIsAValidationErrorOnTheDocument() {
        id(geo.post(CLIENTS, "{\"name\": \"Primero\", \"document\": \"211003420017\", \"document_type\": 2}"));

        Response refused =
                geo.post(CLIENTS, "{\"name\": \"Segundo\", \"document\": \"21-100342-001-7\", \"document_type\": 2}");

        assertGeoError(refused, 400, "VALIDATION_ERROR");
        assertThat(detailFields(refused)).containsExactly("document");
    }

    @Test
    void anIdInTheUpdateBodyIsAValidationError() {
        String id = id(geo.post(CLIENTS, "{\"name\": \"Regional Distributors\"}"));

        Response refused = geo.put(CLIENTS + "/" + id, "{\"id\": \"" + id + "\", \"name\": \"Otro\"}");

        assertGeoError(refused, 400, "VALIDATION_ERROR");
        assertThat(detailFields(refused)).containsExactly("id");
        assertThat(geo.get(CLIENTS + "/" + id).body().at("/data/name").stringValue())
                .isEqualTo("Regional Distributors");
    }

    @Test
    void anUpdateClearingTheNameIsAValidationError() {
        String id = id(geo.post(CLIENTS, "{\"name\": \"Regional Distributors\"}"));

        Response refused = geo.put(CLIENTS + "/" + id, "{\"name\": null}");

        assertGeoError(refused, 400, "VALIDATION_ERROR");
        assertThat(detailFields(refused)).containsExactly("name");
    }

    @Test
    void listParametersOutsideTheirRangesAreValidationErrors() {
        assertThat(detailFields(geo.get(CLIENTS + "?limit=0"))).containsExactly("limit");
        assertThat(detailFields(geo.get(CLIENTS + "?limit=101"))).containsExactly("limit");
        assertThat(detailFields(geo.get(CLIENTS + "?limit=diez"))).containsExactly("limit");
        assertThat(detailFields(geo.get(CLIENTS + "?offset=-1"))).containsExactly("offset");
        assertThat(detailFields(geo.get(CLIENTS + "?status=archivado"))).containsExactly("status");
        assertThat(detailFields(geo.get(CLIENTS + "?search=" + x(121)))).containsExactly("search");
        assertGeoError(geo.get(CLIENTS + "?limit=0"), 400, "VALIDATION_ERROR");
    }

    @Test
    void theEleventhWriteInAMinuteIsRateLimitedWithRetryAfterUntilAWriteHasComeBack() {
        clock.freeze();
        String id = id(geo.post(CLIENTS, "{\"name\": \"Cliente 0\"}"));
        for (int i = 1; i < 10; i++) {
            assertThat(geo.put(CLIENTS + "/" + id, "{\"notes\": \"%d\"}".formatted(i))
                            .status())
                    .isEqualTo(200);
        }

        Response refused = geo.post(CLIENTS, "{\"name\": \"Cliente 11\"}");

        assertGeoError(refused, 429, "RATE_LIMITED");
        // 10 a minute: one write comes back every 6 seconds
        assertThat(refused.header("Retry-After")).isEqualTo("6");
        assertThat(refused.body().at("/error/message").stringValue()).isEqualTo("Exceeded 10 req/min");

        clock.advance(Duration.ofSeconds(5));
        assertGeoError(geo.post(CLIENTS, "{\"name\": \"Cliente 11\"}"), 429, "RATE_LIMITED");
        clock.advance(Duration.ofSeconds(1));
        assertThat(geo.post(CLIENTS, "{\"name\": \"Cliente 11\"}").status()).isEqualTo(201);
        assertGeoError(geo.post(CLIENTS, "{\"name\": \"Cliente 12\"}"), 429, "RATE_LIMITED");
    }

    @Test
    void twoInstancesOnOneDatabaseShareTheWriteBudget() {
        clock.freeze();
        try (SecondInstance second = SecondInstance.start(clock)) {
            Api other = second.api().as(admin).with("tenant", tenantNumber);
            for (int i = 0; i < 10; i++) {
                Api instance = i % 2 == 0 ? geo : other;
                assertThat(instance.post(CLIENTS, "{\"name\": \"Cliente %d\"}".formatted(i))
                                .status())
                        .isEqualTo(201);
            }

            assertGeoError(geo.post(CLIENTS, "{\"name\": \"Once\"}"), 429, "RATE_LIMITED");
            Response refused = other.post(CLIENTS, "{\"name\": \"Once\"}");
            assertGeoError(refused, 429, "RATE_LIMITED");
            assertThat(refused.header("Retry-After")).isEqualTo("6");
        }
    }

    @Test
    void theWriteLimitIsPerApiKey() {
        for (int i = 0; i < 10; i++) {
            geo.post(CLIENTS, "{\"name\": \"Cliente %d\"}".formatted(i));
        }
        Api second = api.as(keyWithRole(admin, "OPERATOR")).with("tenant", tenantNumber);

        assertGeoError(geo.post(CLIENTS, "{\"name\": \"Uno más\"}"), 429, "RATE_LIMITED");
        assertThat(second.post(CLIENTS, "{\"name\": \"Otra clave\"}").status()).isEqualTo(201);
    }

    @Test
    void malformedJsonIsA400InTheEnvelope() {
        assertGeoError(geo.post(CLIENTS, "{\"name\": "), 400, "BAD_REQUEST");
    }

    @Test
    void aBodyThatIsNotJsonIs415InTheEnvelope() {
        Response refused = geo.with("Content-Type", "text/plain").post(CLIENTS, "name=X");

        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.body().get("success").booleanValue()).isFalse();
    }

    @Test
    void aBodyOverOneMebibyteIs413InTheEnvelope() {
        Response refused = geo.post(CLIENTS, "{\"name\": \"" + "a".repeat(1_100_000) + "\"}");

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body().get("success").booleanValue()).isFalse();
    }

    @Test
    void anUnknownRouteIsNotFound() {
        assertGeoError(geo.get("/compat/geotareas/apidev/v1/tasks"), 404, "NOT_FOUND");
    }

    @Test
    void aMethodTheSeedDoesNotHaveIs405InTheEnvelope() {
        Response refused = geo.delete(CLIENTS + "/1");

        assertThat(refused.status()).isEqualTo(405);
        assertThat(refused.body().get("success").booleanValue()).isFalse();
    }

    @Test
    void hostileCreateBodiesAreRefusedWithA400() {
        List<String> bodies = List.of(
                "[]",
                "null",
                "\"texto\"",
                "{}",
                "{\"name\": null}",
                "{\"name\": 42}",
                "{\"name\": [\"a\"]}",
                "{\"name\": {\"first\": \"a\"}}",
                "{\"name\": \"ok\", \"latitude\": \"-34.9\"}",
                "{\"name\": \"ok\", \"latitude\": 1e999999}",
                "{\"name\": \"ok\", \"longitude\": -1e-999999, \"latitude\": 91}",
                "{\"name\": \"ok\", \"document_type\": 1e999999, \"document\": \"1\"}",
                "{\"name\": \"ok\", \"document_type\": \"RUT\", \"document\": \"1\"}",
                "{\"name\": \"ok\", \"document\": 211003420017}",
                "{\"name\": \"ok\", \"country_id\": 1e999999}",
                "{\"name\": \"ok\", \"country_id\": true}",
                "{\"name\": \"ok\", \"image_url\": \"javascript:alert(1)\"}",
                "{\"name\": \"ok\", \"email\": \"no-es-correo\"}",
                "{\"name\": \"Cli\\u0000ente\"}",
                "{\"name\": \"" + x(100_000) + "\"}",
                "{\"name\": \"ok\", \"tenant_id\": \"otro\"}",
                "{\"name\": \"ok\"} {\"name\": \"dos\"}",
                "[".repeat(5000));
        for (String body : bodies) {
            Response response = freshWriter().post(CLIENTS, body);
            assertThat(response.status())
                    .as(abbreviated(body) + " → " + response.text())
                    .isEqualTo(400);
            assertThat(response.body().get("success").booleanValue()).isFalse();
        }
    }

    @Test
    void hostileUpdateBodiesAreRefusedWithA400() {
        String id = id(geo.post(CLIENTS, "{\"name\": \"Regional Distributors\"}"));
        List<String> bodies = List.of(
                "[]",
                "null",
                "{\"name\": \"\"}",
                "{\"name\": 1}",
                "{\"status\": 1}",
                "{\"status\": \"borrado\"}",
                "{\"document_type\": [2]}",
                "{\"document\": {\"number\": \"1\"}}",
                "{\"latitude\": {}}",
                "{\"phone\": \"" + x(61) + "\"}",
                "{\"notes\": \"" + x(200_000) + "\"}",
                "{\"name\": \"ok\"");
        for (String body : bodies) {
            Response response = freshWriter().put(CLIENTS + "/" + id, body);
            assertThat(response.status())
                    .as(abbreviated(body) + " → " + response.text())
                    .isEqualTo(400);
        }
        assertThat(geo.get(CLIENTS + "/" + id).body().at("/data/name").stringValue())
                .isEqualTo("Regional Distributors");
    }

    private Api freshWriter() {
        return api.as(keyWithRole(admin, "OPERATOR")).with("tenant", tenantNumber);
    }

    private static void assertGeoError(Response response, int status, String code) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        JsonNode body = response.body();
        assertThat(body.get("success").booleanValue()).isFalse();
        assertThat(body.at("/error/code").stringValue()).isEqualTo(code);
        assertThat(body.at("/error/message").stringValue()).isNotBlank();
    }

    private static List<String> detailFields(Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.body()
                .at("/error/details")
                .forEach(d -> fields.add(d.get("field").stringValue()));
        return fields;
    }

    private static String x(int length) {
        return "x".repeat(length);
    }

    private static String abbreviated(String body) {
        return body.length() > 80 ? body.substring(0, 80) + "…" : body;
    }
}
