package dev.clientela.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ApiKeyApiTest extends ApiTest {

    private static final String KEY_SHAPE = "clt_[A-Za-z0-9]{8}_[A-Za-z0-9]{32,}";

    @Test
    void anIssuedKeyIsShownOnceWithItsRoleAndWorks() {
        String admin = openTenant("Zapatería Llaves", "PE");

        var response = api.as(admin).post("/api/v1/api-keys", "{\"name\":\"Caja 1\",\"role\":\"OPERATOR\"}");

        assertThat(response.status()).isEqualTo(201);
        JsonNode issued = response.body();
        assertThat(issued.get("key").stringValue()).matches(KEY_SHAPE);
        assertThat(issued.get("name").stringValue()).isEqualTo("Caja 1");
        assertThat(issued.get("role").stringValue()).isEqualTo("OPERATOR");
        assertThat(response.header("Location"))
                .endsWith("/api/v1/api-keys/" + issued.get("id").stringValue());
        assertThat(api.as(issued.get("key").stringValue()).get("/api/v1/tenant").status())
                .isEqualTo(200);
    }

    @Test
    void theListShowsEveryKeyButNoSecret() {
        String admin = openTenant("Zapatería Lista", "PE");
        String issued = keyWithRole(admin, "VIEWER");

        var response = api.as(admin).get("/api/v1/api-keys");

        assertThat(response.status()).isEqualTo(200);
        JsonNode keys = response.body().get("data");
        assertThat(keys).hasSize(2);
        assertThat(keys.findValuesAsString("role")).containsExactlyInAnyOrder("ADMIN", "VIEWER");
        assertThat(memberNames(response.body())).doesNotContain("key", "secret", "secret_sha256");
        assertThat(response.text()).doesNotContain(admin).doesNotContain(issued);
        assertThat(response.text()).doesNotContain(issued.substring(issued.lastIndexOf('_') + 1));
    }

    @Test
    void aKeyWithoutNameOrWithAnUnknownRoleIsRefusedListingEveryError() {
        String admin = openTenant("Zapatería Validada", "PE");

        var response = api.as(admin).post("/api/v1/api-keys", "{\"role\":\"OWNER\",\"key\":\"clt_x\"}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("name", "role", "key");
    }

    @Test
    void aRevokedKeyStopsWorkingAndStaysListedAsRevoked() {
        String admin = openTenant("Zapatería Revoca", "PE");
        var issued = api.as(admin)
                .post("/api/v1/api-keys", "{\"name\":\"Caja 2\",\"role\":\"VIEWER\"}")
                .body();
        String id = issued.get("id").stringValue();

        var response = api.as(admin).delete("/api/v1/api-keys/" + id);

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.text()).isEmpty();
        var refused = api.as(issued.get("key").stringValue()).get("/api/v1/tenant");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.code()).isEqualTo("UNAUTHORIZED");
        JsonNode listed = findById(api.as(admin).get("/api/v1/api-keys").body(), id);
        assertThat(listed.path("revoked_at").isString()).isTrue();
    }

    @Test
    void revokingAnUnknownKeyIsNotFound() {
        String admin = openTenant("Zapatería Desconocida", "PE");

        var response = api.as(admin).delete("/api/v1/api-keys/0190a0e4-1234-7000-8000-000000000000");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void revokingAnIdThatIsNotAUuidIsNotFound() {
        String admin = openTenant("Zapatería Torcida", "PE");

        var response = api.as(admin).delete("/api/v1/api-keys/not-a-uuid");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void anotherTenantsKeyCannotBeRevokedAndKeepsWorking() {
        String mine = openTenant("Zapatería Mía", "PE");
        String theirs = openTenant("Zapatería Ajena", "PE");
        var theirKey = api.as(theirs)
                .post("/api/v1/api-keys", "{\"name\":\"Caja ajena\",\"role\":\"VIEWER\"}")
                .body();

        var response =
                api.as(mine).delete("/api/v1/api-keys/" + theirKey.get("id").stringValue());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("NOT_FOUND");
        assertThat(api.as(theirKey.get("key").stringValue())
                        .get("/api/v1/tenant")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aTenantListsOnlyItsOwnKeys() {
        String mine = openTenant("Zapatería Propia", "PE");
        String theirs = openTenant("Zapatería Vecina", "PE");
        keyWithRole(theirs, "OPERATOR");

        var response = api.as(mine).get("/api/v1/api-keys");

        assertThat(response.body().get("data")).hasSize(1);
    }

    private static JsonNode findById(JsonNode list, String id) {
        for (JsonNode key : list.get("data")) {
            if (key.get("id").stringValue().equals(id)) {
                return key;
            }
        }
        throw new AssertionError("Key " + id + " is not listed: " + list);
    }

    private static List<String> memberNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node.isObject()) {
            for (var member : node.properties()) {
                names.add(member.getKey());
                names.addAll(memberNames(member.getValue()));
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                names.addAll(memberNames(element));
            }
        }
        return names;
    }
}
