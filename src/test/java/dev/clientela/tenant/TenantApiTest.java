package dev.clientela.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.clientela.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TenantApiTest extends ApiTest {

    @Test
    void aNewTenantsKeySeesOnlyItsOwnTenant() {
        String key = openTenant("Ferretería Andina", "CO");

        var tenant = api.as(key).get("/api/v1/tenant");

        assertThat(tenant.status()).isEqualTo(200);
        assertThat(tenant.body().get("name").stringValue()).isEqualTo("Ferretería Andina");
        assertThat(tenant.body().get("country").stringValue()).isEqualTo("CO");
    }

    @Test
    void aRequestWithoutKeyIsUnauthorized() {
        var response = api.get("/api/v1/tenant");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void thePlatformKeyOpensATenantAndShowsItsFirstAdminKeyOnce() {
        var response = api.as(PLATFORM_KEY).post("/api/v1/tenants", """
                        {"name": "Bodega San Martín", "country": "pe", "tax_id": "20100070970"}""");

        assertThat(response.status()).isEqualTo(201);
        JsonNode tenant = response.body().get("tenant");
        assertThat(tenant.get("id").stringValue()).isNotBlank();
        assertThat(tenant.get("name").stringValue()).isEqualTo("Bodega San Martín");
        assertThat(tenant.get("country").stringValue()).isEqualTo("PE");
        assertThat(tenant.get("tax_id").stringValue()).isEqualTo("20100070970");
        assertThat(tenant.get("settings").get("document_validation").stringValue())
                .isEqualTo("STRICT");
        JsonNode key = response.body().get("api_key");
        assertThat(key.get("id").stringValue()).isNotBlank();
        assertThat(key.get("name").stringValue()).isNotBlank();
        assertThat(key.get("role").stringValue()).isEqualTo("ADMIN");
        assertThat(key.get("key").stringValue()).matches("clt_[A-Za-z0-9]{8}_[A-Za-z0-9]{32,}");
    }

    @Test
    void eachTenantsKeySeesItsOwnTenantAndNotTheOthers() {
        var first = api.as(PLATFORM_KEY).post("/api/v1/tenants", "{\"name\":\"Librería Sur\",\"country\":\"UY\"}");
        var second = api.as(PLATFORM_KEY).post("/api/v1/tenants", "{\"name\":\"Farmacia Norte\",\"country\":\"HN\"}");
        String firstKey = first.body().get("api_key").get("key").stringValue();
        String secondKey = second.body().get("api_key").get("key").stringValue();

        var seenByFirst = api.as(firstKey).get("/api/v1/tenant").body();
        var seenBySecond = api.as(secondKey).get("/api/v1/tenant").body();

        assertThat(seenByFirst.get("id").stringValue())
                .isEqualTo(first.body().get("tenant").get("id").stringValue());
        assertThat(seenByFirst.get("name").stringValue()).isEqualTo("Librería Sur");
        assertThat(seenBySecond.get("id").stringValue())
                .isEqualTo(second.body().get("tenant").get("id").stringValue());
        assertThat(seenBySecond.get("name").stringValue()).isEqualTo("Farmacia Norte");
    }

    @Test
    void openingATenantWithoutNameOrCountryListsBothErrors() {
        var response = api.as(PLATFORM_KEY).post("/api/v1/tenants", "{}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.code()).isEqualTo("VALIDATION_ERROR");
        assertThat(fieldErrors(response.body()))
                .containsExactlyInAnyOrder(tuple("name", "required"), tuple("country", "required"));
    }

    @Test
    void openingATenantInACountryThatDoesNotExistIsRefused() {
        var response = api.as(PLATFORM_KEY).post("/api/v1/tenants", "{\"name\":\"Tienda\",\"country\":\"XX\"}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(fieldErrors(response.body())).containsExactly(tuple("country", "invalid_value"));
    }

    @Test
    void openingATenantListsUnknownAndReadOnlyFieldsWithTheOtherErrorsAtOnce() {
        var response = api.as(PLATFORM_KEY).post("/api/v1/tenants", """
                        {"name": "", "country": "Peru", "id": "0190a0e4-0000-7000-8000-000000000000",
                         "colour": "blue"}""");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.code()).isEqualTo("VALIDATION_ERROR");
        assertThat(fieldErrors(response.body()))
                .containsExactlyInAnyOrder(
                        tuple("name", "required"),
                        tuple("country", "too_long"),
                        tuple("id", "read_only_field"),
                        tuple("colour", "unknown_field"));
        assertThat(response.body().get("errors").get(0).get("message").stringValue())
                .isNotBlank();
    }

    @Test
    void anAdminRenamesItsTenantAndSetsItsTaxIdAndSettings() {
        String key = openTenant("Distribuidora Lima", "PE");

        var response = api.as(key).patch("/api/v1/tenant", """
                        {"name": "Distribuidora Lima SAC", "tax_id": "20601234567",
                         "settings": {"document_validation": "WARN", "tax_rate": 0.18}}""");

        assertThat(response.status()).isEqualTo(200);
        JsonNode tenant = api.as(key).get("/api/v1/tenant").body();
        assertThat(tenant.get("name").stringValue()).isEqualTo("Distribuidora Lima SAC");
        assertThat(tenant.get("tax_id").stringValue()).isEqualTo("20601234567");
        assertThat(tenant.get("settings").get("document_validation").stringValue())
                .isEqualTo("WARN");
        assertThat(tenant.get("settings").get("tax_rate").decimalValue()).isEqualByComparingTo("0.18");
        assertThat(tenant.get("version").longValue()).isEqualTo(2);
    }

    @Test
    void patchingOneSettingKeepsTheOthers() {
        String key = openTenant("Almacén Central", "CO");
        api.as(key).patch("/api/v1/tenant", "{\"settings\":{\"document_validation\":\"OFF\",\"tax_rate\":0.19}}");

        var response = api.as(key).patch("/api/v1/tenant", "{\"settings\":{\"tax_rate\":0.05}}");

        assertThat(response.status()).isEqualTo(200);
        JsonNode settings = response.body().get("settings");
        assertThat(settings.get("document_validation").stringValue()).isEqualTo("OFF");
        assertThat(settings.get("tax_rate").decimalValue()).isEqualByComparingTo("0.05");
        assertThat(response.body().get("name").stringValue()).isEqualTo("Almacén Central");
    }

    @Test
    void everyDocumentValidationModeCanBeChosen() {
        String key = openTenant("Kiosco Modos", "PE");

        for (String mode : new String[] {"WARN", "OFF", "STRICT"}) {
            var response = api.as(key)
                    .patch("/api/v1/tenant", "{\"settings\":{\"document_validation\":\"%s\"}}".formatted(mode));

            assertThat(response.status()).as(mode).isEqualTo(200);
            assertThat(response.body()
                            .get("settings")
                            .get("document_validation")
                            .stringValue())
                    .isEqualTo(mode);
        }
    }

    @Test
    void anUnknownDocumentValidationModeIsRefusedNamingTheSetting() {
        String key = openTenant("Kiosco Estricto", "PE");

        var response = api.as(key).patch("/api/v1/tenant", "{\"settings\":{\"document_validation\":\"LOOSE\"}}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.code()).isEqualTo("VALIDATION_ERROR");
        assertThat(fieldErrors(response.body()))
                .containsExactly(tuple("settings.document_validation", "invalid_value"));
        assertThat(api.as(key)
                        .get("/api/v1/tenant")
                        .body()
                        .get("settings")
                        .get("document_validation")
                        .stringValue())
                .isEqualTo("STRICT");
    }

    @Test
    void badSettingValuesAreAllReportedAtOnce() {
        String key = openTenant("Kiosco Tasas", "PE");

        var response = api.as(key).patch("/api/v1/tenant", """
                        {"name": null, "country": "CO",
                         "settings": {"document_validation": 3, "tax_rate": 1.5, "rounding": "up"}}""");

        assertThat(response.status()).isEqualTo(422);
        assertThat(fieldErrors(response.body()))
                .containsExactlyInAnyOrder(
                        tuple("name", "required"),
                        tuple("country", "read_only_field"),
                        tuple("settings.document_validation", "invalid_type"),
                        tuple("settings.tax_rate", "out_of_range"),
                        tuple("settings.rounding", "unknown_field"));
    }

    @Test
    void aTaxRateWithMoreThanFourDecimalsIsRefused() {
        String key = openTenant("Kiosco Decimales", "PE");

        var response = api.as(key).patch("/api/v1/tenant", "{\"settings\":{\"tax_rate\":0.12345}}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(fieldErrors(response.body())).containsExactly(tuple("settings.tax_rate", "too_many_decimals"));
    }

    private static List<Tuple> fieldErrors(JsonNode problem) {
        List<Tuple> errors = new ArrayList<>();
        for (JsonNode error : problem.path("errors")) {
            errors.add(tuple(error.get("field").stringValue(), error.get("code").stringValue()));
        }
        return errors;
    }
}
