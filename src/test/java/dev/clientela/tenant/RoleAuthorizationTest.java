package dev.clientela.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.ApiTest;
import org.junit.jupiter.api.Test;

class RoleAuthorizationTest extends ApiTest {

    private static final String NEW_KEY = "{\"name\":\"till 2\",\"role\":\"VIEWER\"}";
    private static final String NEW_TENANT = "{\"name\":\"Sucursal\",\"country\":\"PE\"}";

    @Test
    void aViewerReadsItsTenantButCannotManageKeys() {
        String viewer = keyWithRole(openTenant("Óptica Visor", "PE"), "VIEWER");

        assertThat(api.as(viewer).get("/api/v1/tenant").status()).isEqualTo(200);
        assertForbidden(api.as(viewer).post("/api/v1/api-keys", NEW_KEY));
        assertForbidden(api.as(viewer).get("/api/v1/api-keys"));
        assertForbidden(api.as(viewer).patch("/api/v1/tenant", "{\"name\":\"Otra\"}"));
    }

    @Test
    void anOperatorReadsItsTenantButCannotManageKeysNorChangeTheTenant() {
        String admin = openTenant("Óptica Operador", "PE");
        String operator = keyWithRole(admin, "OPERATOR");

        assertThat(api.as(operator).get("/api/v1/tenant").status()).isEqualTo(200);
        assertForbidden(api.as(operator).post("/api/v1/api-keys", NEW_KEY));
        assertForbidden(api.as(operator).patch("/api/v1/tenant", "{\"name\":\"Otra\"}"));
        assertThat(api.as(admin).get("/api/v1/tenant").body().get("name").stringValue())
                .isEqualTo("Óptica Operador");
    }

    @Test
    void anAdminManagesKeysAndItsTenant() {
        String admin = openTenant("Óptica Admin", "PE");

        assertThat(api.as(admin).get("/api/v1/tenant").status()).isEqualTo(200);
        assertThat(api.as(admin).post("/api/v1/api-keys", NEW_KEY).status()).isEqualTo(201);
        assertThat(api.as(admin).get("/api/v1/api-keys").status()).isEqualTo(200);
        assertThat(api.as(admin)
                        .patch("/api/v1/tenant", "{\"name\":\"Óptica Admin SAC\"}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aTenantsAdminCannotOpenTenants() {
        String admin = openTenant("Óptica Ambiciosa", "PE");

        assertForbidden(api.as(admin).post("/api/v1/tenants", NEW_TENANT));
    }

    @Test
    void onlyThePlatformKeyOpensTenants() {
        var response = api.as(PLATFORM_KEY).post("/api/v1/tenants", NEW_TENANT);

        assertThat(response.status()).isEqualTo(201);
    }

    @Test
    void aRefusedWriteChangesNothing() {
        String admin = openTenant("Óptica Intacta", "PE");
        String operator = keyWithRole(admin, "OPERATOR");
        int keysBefore =
                api.as(admin).get("/api/v1/api-keys").body().get("data").size();

        assertForbidden(api.as(operator).post("/api/v1/api-keys", NEW_KEY));

        assertThat(api.as(admin).get("/api/v1/api-keys").body().get("data").size())
                .isEqualTo(keysBefore);
    }

    private static void assertForbidden(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo("FORBIDDEN");
    }
}
