package dev.clientela.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.ApiTest;
import org.junit.jupiter.api.Test;

/** Staff users over the API: an ADMIN key invites, lists, changes and removes them, in its own tenant only. */
class StaffUserApiTest extends ApiTest {

    @Test
    void invitingAUserAnswersItsSetPasswordLinkOnceAndNeverInTheListing() {
        String admin = openTenant("Bodega Lucía", "PE");
        var invited = api.as(admin)
                .post("/api/v1/users", "{\"email\":\"Lucia@Bodega.pe\",\"name\":\"Lucía\",\"role\":\"OPERATOR\"}");
        assertThat(invited.status()).isEqualTo(201);
        assertThat(invited.body().get("locale").stringValue()).isEqualTo("es");
        assertThat(invited.body().get("has_password").booleanValue()).isFalse();
        assertThat(invited.body().get("set_password_url").stringValue())
                .startsWith("http://localhost:" + port + "/console/set-password?token=");

        var listed = api.as(admin).get("/api/v1/users");
        assertThat(listed.body().get("data")).hasSize(1);
        assertThat(listed.body().get("data").get(0).has("set_password_url")).isFalse();
        assertThat(listed.text()).doesNotContain("token");
    }

    @Test
    void refusesBadFieldsAllAtOnceAndASecondUserWithTheSameEmail() {
        String admin = openTenant("Ferretería Sol", "PE");
        var bad =
                api.as(admin).post("/api/v1/users", "{\"email\":\"not-an-email\",\"role\":\"BOSS\",\"locale\":\"fr\"}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("email", "name", "role", "locale");
        for (String role : new String[] {"null", "\"\""}) {
            var noRole = api.as(admin)
                    .post("/api/v1/users", "{\"email\":\"eva@sol.pe\",\"name\":\"Eva\",\"role\":" + role + "}");
            assertThat(noRole.status()).as(noRole.text()).isEqualTo(422);
            assertThat(noRole.body().get("errors").findValuesAsString("field")).containsExactly("role");
        }

        String body = "{\"email\":\"ana@sol.pe\",\"name\":\"Ana\",\"role\":\"VIEWER\"}";
        assertThat(api.as(admin).post("/api/v1/users", body).status()).isEqualTo(201);
        var again = api.as(admin).post("/api/v1/users", body.replace("ana@sol.pe", "ANA@sol.pe"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("code").stringValue()).isEqualTo("DUPLICATE_EMAIL");
        assertThat(api.as(admin).get("/api/v1/users").body().get("data")).hasSize(1);
    }

    @Test
    void onlyAnAdminKeyManagesUsersAndOnlyItsOwnTenants() {
        String admin = openTenant("Librería Norte", "PE");
        String operator = keyWithRole(admin, "OPERATOR");
        String otherAdmin = openTenant("Librería Sur", "PE");
        var invited = api.as(admin)
                .post("/api/v1/users", "{\"email\":\"eva@norte.pe\",\"name\":\"Eva\",\"role\":\"VIEWER\"}");
        String id = invited.body().get("id").stringValue();

        assertThat(api.as(operator).get("/api/v1/users").status()).isEqualTo(403);
        assertThat(api.as(otherAdmin).get("/api/v1/users/" + id).status()).isEqualTo(404);
        assertThat(api.as(otherAdmin)
                        .patch("/api/v1/users/" + id, "{\"role\":\"ADMIN\"}")
                        .status())
                .isEqualTo(404);
        assertThat(api.as(otherAdmin).delete("/api/v1/users/" + id).status()).isEqualTo(404);
        assertThat(api.as(admin).get("/api/v1/users/" + id).body().get("role").stringValue())
                .isEqualTo("VIEWER");
    }

    @Test
    void changesAndRemovesAUser() {
        String admin = openTenant("Óptica Mar", "PE");
        String id = api.as(admin)
                .post("/api/v1/users", "{\"email\":\"leo@mar.pe\",\"name\":\"Leo\",\"role\":\"VIEWER\"}")
                .body()
                .get("id")
                .stringValue();
        var changed = api.as(admin).patch("/api/v1/users/" + id, "{\"role\":\"ADMIN\",\"locale\":\"en\"}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("role").stringValue()).isEqualTo("ADMIN");
        assertThat(changed.body().get("locale").stringValue()).isEqualTo("en");
        assertThat(changed.body().get("name").stringValue()).isEqualTo("Leo");
        assertThat(api.as(admin).patch("/api/v1/users/" + id, "{\"name\":null}").status())
                .isEqualTo(422);

        assertThat(api.as(admin).delete("/api/v1/users/" + id).status()).isEqualTo(204);
        assertThat(api.as(admin).get("/api/v1/users/" + id).status()).isEqualTo(404);
        assertThat(api.as(admin).get("/api/v1/users/not-a-uuid").status()).isEqualTo(404);
    }
}
