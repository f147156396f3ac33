package dev.clientela.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.ApiTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ClientAuditTrailTest extends ApiTest {

    @Test
    void theTrailOfAClientsLifeListsEveryChangeFieldByFieldNewestFirst() {
        String admin = openTenant("Auditoría SAC", "PE");
        String operatorKey = keyWithRole(admin, "OPERATOR");
        Api operator = api.as(operatorKey).with("X-Request-Id", "req-create-1");
        Api boss = api.as(admin);

        String id = operator.post("/api/v1/clients", """
                {"name": "Rosa Quispe", "email": "rosa@correo.pe", "address": {"city": "Cusco"}}""").body().get("id").stringValue();
        boss.with("X-Request-Id", "req-update-2").patch("/api/v1/clients/" + id, """
                {"email": null, "phone": "984 111 222", "address": {"city": "Arequipa"}}""");
        boss.patch("/api/v1/clients/" + id, "{\"status\": \"INACTIVE\"}");
        boss.delete("/api/v1/clients/" + id);
        boss.post("/api/v1/clients/" + id + "/restore", null);

        var trail = boss.get("/api/v1/clients/" + id + "/changes");

        assertThat(trail.status()).as(trail.text()).isEqualTo(200);
        List<JsonNode> changes = trail.body().get("data").valueStream().toList();
        assertThat(changes)
                .extracting(c -> c.get("action").stringValue())
                .containsExactly("RESTORE", "DELETE", "ARCHIVE", "UPDATE", "CREATE");

        JsonNode created = changes.get(4);
        assertThat(created.get("request_id").stringValue()).isEqualTo("req-create-1");
        assertThat(fields(created)).containsExactly("address.city", "email", "kind", "name", "status");
        assertThat(change(created, "name").get("old").isNull()).isTrue();
        assertThat(change(created, "name").get("new").stringValue()).isEqualTo("Rosa Quispe");

        JsonNode updated = changes.get(3);
        assertThat(updated.get("request_id").stringValue()).isEqualTo("req-update-2");
        assertThat(updated.get("key_id").stringValue())
                .isNotEqualTo(created.get("key_id").stringValue());
        assertThat(fields(updated)).containsExactly("address.city", "email", "phone");
        assertThat(change(updated, "address.city").get("old").stringValue()).isEqualTo("Cusco");
        assertThat(change(updated, "address.city").get("new").stringValue()).isEqualTo("Arequipa");
        assertThat(change(updated, "email").get("old").stringValue()).isEqualTo("rosa@correo.pe");
        assertThat(change(updated, "email").get("new").isNull()).isTrue();

        assertThat(fields(changes.get(2))).containsExactly("status");
        assertThat(fields(changes.get(1))).containsExactly("deleted_at");
        assertThat(change(changes.get(0), "deleted_at").get("new").isNull()).isTrue();
    }

    @Test
    void onlyAnAdminReadsTheTrailAndItPages() {
        String admin = openTenant("Auditoría Dos", "PE");
        Api boss = api.as(admin);
        String id = boss.post("/api/v1/clients", "{\"name\": \"Luis Mamani\"}")
                .body()
                .get("id")
                .stringValue();
        for (int i = 0; i < 3; i++) {
            boss.patch("/api/v1/clients/" + id, "{\"notes\": \"nota " + i + "\"}");
        }

        assertThat(api.as(keyWithRole(admin, "OPERATOR"))
                        .get("/api/v1/clients/" + id + "/changes")
                        .status())
                .isEqualTo(403);
        var first = boss.get("/api/v1/clients/" + id + "/changes?limit=3");
        assertThat(first.body().get("data").size()).isEqualTo(3);
        assertThat(first.body().get("has_more").booleanValue()).isTrue();
        var rest = boss.get("/api/v1/clients/" + id + "/changes?limit=3&cursor="
                + first.body().get("next_cursor").stringValue());
        assertThat(rest.body().get("data").size()).isEqualTo(1);
        assertThat(rest.body().at("/data/0/action").stringValue()).isEqualTo("CREATE");
        assertThat(boss.get("/api/v1/clients/" + id + "/changes?limit=0").status())
                .isEqualTo(422);
        assertThat(boss.get("/api/v1/clients/01a1fcd1-8b1d-7ee4-8b2d-3c13640844f8/changes")
                        .status())
                .isEqualTo(404);
    }

    private static List<String> fields(JsonNode change) {
        return change.get("changes")
                .valueStream()
                .map(c -> c.get("field").stringValue())
                .toList();
    }

    private static JsonNode change(JsonNode change, String field) {
        return change.get("changes")
                .valueStream()
                .filter(c -> c.get("field").stringValue().equals(field))
                .findFirst()
                .orElseThrow();
    }
}
