package dev.clientela.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.ApiTest;
import org.junit.jupiter.api.Test;

class ApiKeyAuthenticationTest extends ApiTest {

    private static final String SOME_SECRET = "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S9t0";

    @Test
    void aKeyWorksAsABearerToken() {
        String key = openTenant("Panadería Bearer", "PE");

        var response = api.with("Authorization", "Bearer " + key).get("/api/v1/tenant");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("name").stringValue()).isEqualTo("Panadería Bearer");
    }

    @Test
    void aKeyWorksInTheApiKeyHeader() {
        String key = openTenant("Panadería Header", "PE");

        var response = api.with("X-API-Key", key).get("/api/v1/tenant");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("name").stringValue()).isEqualTo("Panadería Header");
    }

    @Test
    void aRequestWithoutAKeyIsUnauthorized() {
        assertUnauthorized(api);
    }

    @Test
    void anAuthorizationHeaderOfAnotherSchemeIsUnauthorized() {
        String key = openTenant("Panadería Basic", "PE");

        assertUnauthorized(api.with("Authorization", "Basic dXNlcjpwYXNzd29yZA=="));
        assertUnauthorized(api.with("Authorization", "Token " + key));
        assertUnauthorized(api.with("Authorization", "Bearer"));
        assertUnauthorized(api.with("Authorization", key));
    }

    @Test
    void aKeyNobodyIssuedIsUnauthorized() {
        assertUnauthorized(api.as("clt_Zz9Yy8Xx_" + SOME_SECRET));
        assertUnauthorized(api.with("X-API-Key", "not-a-key-at-all"));
    }

    @Test
    void aKeyWithAnIssuedPrefixButAnotherSecretIsUnauthorized() {
        String key = openTenant("Panadería Prefijo", "PE");
        assertThat(api.as(key).get("/api/v1/tenant").status()).isEqualTo(200); // the prefix is now known

        String forged = key.substring(0, "clt_12345678_".length()) + SOME_SECRET;

        assertThat(forged).isNotEqualTo(key);
        assertUnauthorized(api.as(forged));
        assertUnauthorized(api.with("X-API-Key", forged));
    }

    @Test
    void aRevokedKeyIsUnauthorized() {
        String admin = openTenant("Panadería Revocada", "PE");
        var issued = api.as(admin).post("/api/v1/api-keys", "{\"name\":\"till 1\",\"role\":\"VIEWER\"}");
        String key = issued.body().get("key").stringValue();
        assertThat(api.as(key).get("/api/v1/tenant").status()).isEqualTo(200);

        var revoked = api.as(admin)
                .delete("/api/v1/api-keys/" + issued.body().get("id").stringValue());

        assertThat(revoked.status()).isEqualTo(204);
        assertUnauthorized(api.as(key));
        assertUnauthorized(api.with("X-API-Key", key));
    }

    private static void assertUnauthorized(Api caller) {
        var response = caller.get("/api/v1/tenant");

        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo("UNAUTHORIZED");
        assertThat(response.body().get("status").intValue()).isEqualTo(401);
    }
}
