package dev.clientela.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.ApiTest;
import org.junit.jupiter.api.Test;

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
}
