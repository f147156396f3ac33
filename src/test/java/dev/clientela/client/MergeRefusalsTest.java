package dev.clientela.client;

import static dev.clientela.client.MergeScenarioTest.id;
import static dev.clientela.client.MergeScenarioTest.sale;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MergeRefusalsTest extends ApiTest {

    @Test
    void everyReasonAgainstAMergeIsListedAndNothingChanges() {
        String admin = openTenant("Refusals", "PE");
        Api shop = api.as(admin);
        String survivor = id(shop.post(
                "/api/v1/clients",
                "{\"name\": \"Ana Ríos\", \"document\": {\"type\": \"DNI\", \"number\": \"46779354\"}}"));
        String otherDni = id(shop.post(
                "/api/v1/clients",
                "{\"name\": \"Ana Rios\", \"document\": {\"type\": \"DNI\", \"number\": \"41234567\"}}"));
        String merged = id(shop.post("/api/v1/clients", "{\"name\": \"A. Ríos\"}"));
        String deleted = id(shop.post("/api/v1/clients", "{\"name\": \"Ana R.\"}"));
        shop.delete("/api/v1/clients/" + deleted);
        assertThat(shop.post("/api/v1/clients/" + survivor + "/merge", "{\"clients\": [\"%s\"]}".formatted(merged))
                        .status())
                .isEqualTo(201);
        bill(shop, survivor);
        bill(shop, otherDni);
        Api elsewhere = api.as(openTenant("Elsewhere", "PE"));
        String foreign = id(elsewhere.post("/api/v1/clients", "{\"name\": \"Ana Ríos\"}"));

        Response refused =
                shop.post("/api/v1/clients/" + survivor + "/merge", """
                {"clients": ["%s", "%s", "%s", "%s"]}""".formatted(otherDni, merged, deleted, foreign));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("MERGE_CONFLICT");
        assertThat(codes(refused.body().get("conflicts")))
                .containsExactlyInAnyOrder(
                        "already_merged",
                        "client_deleted",
                        "client_not_found",
                        "open_payment_plans",
                        "different_documents");
        assertThat(shop.get("/api/v1/clients/" + otherDni).status()).isEqualTo(200);
        assertThat(elsewhere.get("/api/v1/clients/" + foreign).status()).isEqualTo(200);
    }

    @Test
    void differentDocumentsMergeWhenKeepChoosesOne() {
        Api shop = api.as(openTenant("Keep document", "PE"));
        String survivor = id(shop.post(
                "/api/v1/clients",
                "{\"name\": \"Luis Paz\", \"document\": {\"type\": \"DNI\", \"number\": \"46779354\"}}"));
        String other = id(shop.post(
                "/api/v1/clients",
                "{\"name\": \"Luis Paz\", \"document\": {\"type\": \"DNI\", \"number\": \"41234567\"}}"));

        Response merged = shop.post("/api/v1/clients/" + survivor + "/merge", """
                {"clients": ["%s"], "keep": {"document": "%s"}}""".formatted(other, other));

        assertThat(merged.status()).as(merged.text()).isEqualTo(201);
        assertThat(shop.get("/api/v1/clients/" + survivor)
                        .body()
                        .at("/document/number")
                        .stringValue())
                .isEqualTo("41234567");
        assertThat(merged.body().at("/survivor_before/document/number").stringValue())
                .isEqualTo("46779354");
        assertThat(shop.get("/api/v1/clients?document_number=46779354").body().get("data"))
                .isEmpty();
    }

    @Test
    void malformedMergesAreRefusedAndTooManyClientsIsAConflict() {
        String admin = openTenant("Malformed", "PE");
        Api shop = api.as(admin);
        String survivor = id(shop.post("/api/v1/clients", "{\"name\": \"Uno\"}"));
        List<String> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add("\"" + id(shop.post("/api/v1/clients", "{\"name\": \"Otro " + i + "\"}")) + "\"");
        }

        Response tooMany = shop.post(
                "/api/v1/clients/" + survivor + "/merge", "{\"clients\": [" + String.join(",", eleven) + "]}");
        Response itself =
                shop.post("/api/v1/clients/" + survivor + "/merge", "{\"clients\": [\"%s\"]}".formatted(survivor));
        Response badKeep = shop.post("/api/v1/clients/" + survivor + "/merge", """
                {"clients": [%s], "keep": {"name": "%s", "balance": "%s"}, "why": 1}""".formatted(
                        eleven.getFirst(), java.util.UUID.randomUUID(), survivor));
        Response operator = api.as(keyWithRole(admin, "OPERATOR"))
                .post("/api/v1/clients/" + survivor + "/merge", "{\"clients\": [%s]}".formatted(eleven.getFirst()));

        assertThat(tooMany.code()).isEqualTo("MERGE_CONFLICT");
        assertThat(codes(tooMany.body().get("conflicts"))).containsExactly("too_many_clients");
        assertThat(itself.status()).isEqualTo(422);
        assertThat(badKeep.status()).isEqualTo(422);
        assertThat(badKeep.body().get("errors")).hasSize(3);
        assertThat(operator.status()).isEqualTo(403);
        assertThat(shop.get("/api/v1/clients?limit=50").body().get("data")).hasSize(12);
    }

    @Test
    void undoIsRefusedWithTheExactReasonWhenThingsChanged() {
        Api shop = api.as(openTenant("Undo refusals", "PE"));
        String survivor = id(shop.post("/api/v1/clients", "{\"name\": \"Rosa Díaz\"}"));
        String merged = id(shop.post(
                "/api/v1/clients",
                "{\"name\": \"Rosa Diaz\", \"document\": {\"type\": \"DNI\", \"number\": \"46779354\"}}"));
        String mergeId = shop.post("/api/v1/clients/" + survivor + "/merge", """
                {"clients": ["%s"], "keep": {"document": "%s"}}""".formatted(merged, survivor))
                .body()
                .get("id")
                .stringValue();
        assertThat(shop.get("/api/v1/clients/" + survivor)
                        .body()
                        .path("document")
                        .isNull())
                .isTrue();
        String newcomer = id(shop.post(
                "/api/v1/clients",
                "{\"name\": \"Otra Rosa\", \"document\": {\"type\": \"DNI\", \"number\": \"46779354\"}}"));
        shop.patch("/api/v1/clients/" + survivor, "{\"notes\": \"llamar\"}");

        Response refused = shop.post("/api/v1/merges/" + mergeId + "/undo", null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("UNDO_REFUSED");
        assertThat(codes(refused.body().get("reasons")))
                .containsExactlyInAnyOrder("survivor_changed", "document_taken");
        assertThat(refused.text()).contains(newcomer);
        assertThat(shop.get("/api/v1/clients/" + merged).code()).isEqualTo("CLIENT_MERGED");
    }

    @Test
    void aSaleOfTheSurvivorAfterTheMergeStaysWithItAndAMonthLaterTheMergeIsFinal() {
        Api shop = api.as(openTenant("Kept sales", "PE"));
        String survivor = id(shop.post("/api/v1/clients", "{\"name\": \"Juan Soto\"}"));
        String merged = id(shop.post("/api/v1/clients", "{\"name\": \"Juan Soto\"}"));
        String old = id(shop.post("/api/v1/clients", "{\"name\": \"Juan Soto\"}"));
        String first = shop.post("/api/v1/clients/" + survivor + "/merge", "{\"clients\": [\"%s\"]}".formatted(merged))
                .body()
                .get("id")
                .stringValue();
        String viaOldId = sale(shop, merged, "5.00");
        assertThat(shop.get("/api/v1/sales/" + viaOldId).body().get("client_id").stringValue())
                .isEqualTo(survivor);

        Response undone = shop.post("/api/v1/merges/" + first + "/undo", null);

        assertThat(undone.status()).as(undone.text()).isEqualTo(200);
        assertThat(undone.body().at("/kept_with_survivor/sales").longValue()).isEqualTo(1);
        assertThat(shop.get("/api/v1/sales/" + viaOldId).body().get("client_id").stringValue())
                .isEqualTo(survivor);

        String second = shop.post("/api/v1/clients/" + survivor + "/merge", "{\"clients\": [\"%s\"]}".formatted(old))
                .body()
                .get("id")
                .stringValue();
        clock.advance(Duration.ofDays(31));
        Response late = shop.post("/api/v1/merges/" + second + "/undo", null);
        assertThat(late.code()).isEqualTo("UNDO_REFUSED");
        assertThat(codes(late.body().get("reasons"))).containsExactly("too_old");
    }

    private static void bill(Api shop, String clientId) {
        assertThat(shop.post("/api/v1/bills", """
                {"payment_type": "INSTALLMENT", "client_id": "%s", "months": 2, "payment_day": 10, "starting_date": "2028-01-10",
                 "lines": [{"description": "Radio", "quantity": 1, "unit_price": 100}]}""".formatted(clientId)).status()).isEqualTo(201);
    }

    private static List<String> codes(JsonNode list) {
        List<String> codes = new ArrayList<>();
        list.forEach(c -> codes.add(c.get("code").stringValue()));
        return codes;
    }
}
