package dev.clientela.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The story of three registrations of one holder: each with its sales, quotation, invoices, bill
 * and payments; merged into one, found under every old id, number and document, and unmerged
 * back to exactly the rows there were.
 */
class MergeScenarioTest extends ApiTest {

    @Test
    void threeRegistrationsOfOneHolderMergeIntoOneAndUndoPutsEveryRowBack() {
        Api shop = api.as(openTenant("Bazar Núñez", "PE"));
        UUID tenantId = shop.tenantId();
        String survivor = id(shop.post("/api/v1/clients", """
                {"name": "José Núñez Pérez", "document": {"type": "DNI", "number": "46779354"}, "phone": "987654321"}"""));
        String second = id(shop.post("/api/v1/clients", """
                {"name": "Jose Nunez Perez", "email": "jose@nunez.pe", "address": {"city": "Lima"}}"""));
        String ruc = shop.post("/api/v1/documents/validate", "{\"type\": \"DNI\", \"number\": \"46779354\"}")
                .body()
                .at("/same_holder/0/number")
                .stringValue();
        JsonNode thirdClient = shop.post("/api/v1/clients", """
                {"name": "Núñez, José", "document": {"type": "RUC", "number": "%s"}}""".formatted(ruc)).body();
        String third = thirdClient.get("id").stringValue();
        long thirdNumber = thirdClient.get("number").longValue();
        sale(shop, survivor, "10.00");
        sale(shop, second, "20.00");
        sale(shop, second, "30.00");
        assertThat(shop.post("/api/v1/quotations", """
                {"client_id": "%s", "valid_until": "2099-12-31", "lines": [{"description": "Lote", "quantity": 2, "unit_price": 15}]}""".formatted(second)).status())
                .isEqualTo(201);
        String invoiceOne = invoice(shop, second, 1);
        String invoiceTwo = invoice(shop, third, 2);
        JsonNode snapshotOne = shop.get("/api/v1/invoices/" + invoiceOne).body().get("client");
        JsonNode snapshotTwo = shop.get("/api/v1/invoices/" + invoiceTwo).body().get("client");
        String planId = shop.post("/api/v1/bills", """
                {"payment_type": "INSTALLMENT", "client_id": "%s", "months": 3, "payment_day": 15, "starting_date": "2028-01-15",
                 "lines": [{"description": "Cocina", "quantity": 1, "unit_price": 300}]}""".formatted(third))
                .body()
                .at("/payment_plan/id")
                .stringValue();
        assertThat(shop.post("/api/v1/payment-plans/" + planId + "/payments", "{\"amount\": 50}")
                        .status())
                .isEqualTo(200);
        Map<String, Long> countsBefore = sum(counts(shop, survivor), counts(shop, second), counts(shop, third));
        Map<String, List<String>> before = TableDumps.of(tenantId);

        Response merged = shop.post("/api/v1/clients/" + survivor + "/merge", """
                {"clients": ["%s", "%s"], "keep": {"name": "%s"}}""".formatted(second, third, second));

        assertThat(merged.status()).as(merged.text()).isEqualTo(201);
        String mergeId = merged.body().get("id").stringValue();
        JsonNode now = shop.get("/api/v1/clients/" + survivor).body();
        assertThat(now.get("name").stringValue()).isEqualTo("Jose Nunez Perez");
        assertThat(now.at("/document/number").stringValue()).isEqualTo("46779354");
        assertThat(now.get("email").stringValue()).isEqualTo("jose@nunez.pe");
        assertThat(now.at("/address/city").stringValue()).isEqualTo("Lima");
        assertThat(now.get("phone").stringValue()).isEqualTo("987654321");
        Response gone = shop.get("/api/v1/clients/" + second);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.code()).isEqualTo("CLIENT_MERGED");
        assertThat(gone.body().get("merged_into").stringValue()).isEqualTo(survivor);
        assertThat(shop.patch("/api/v1/clients/" + third, "{\"notes\": \"x\"}").code())
                .isEqualTo("CLIENT_MERGED");
        assertThat(ids(shop.get("/api/v1/clients").body())).containsExactly(survivor);
        assertThat(ids(shop.get("/api/v1/clients?q=nunez").body())).containsExactly(survivor);
        assertThat(counts(shop, survivor)).isEqualTo(countsBefore);
        assertThat(shop.get("/api/v1/invoices/" + invoiceOne).body().get("client"))
                .isEqualTo(snapshotOne);
        assertThat(shop.get("/api/v1/invoices/" + invoiceTwo).body().get("client"))
                .isEqualTo(snapshotTwo);
        assertThat(shop.get("/api/v1/invoices/" + invoiceTwo)
                        .body()
                        .get("client_id")
                        .stringValue())
                .isEqualTo(survivor);
        assertThat(shop.get("/api/v1/payment-plans/" + planId)
                        .body()
                        .get("client_id")
                        .stringValue())
                .isEqualTo(survivor);
        assertThat(TableDumps.query(
                        "select count(*) from sales where tenant_id = ? and client_id <> ?::uuid", tenantId, survivor))
                .containsExactly("0");

        JsonNode record = shop.get("/api/v1/merges/" + mergeId).body();
        assertThat(record.get("survivor_before").get("name").stringValue()).isEqualTo("José Núñez Pérez");
        assertThat(record.get("merged_clients")).hasSize(2);
        assertThat(record.at("/merged_clients/1/document/type").stringValue()).isEqualTo("RUC");
        assertThat(record.at("/repointed/sales")).hasSize(2);
        assertThat(record.at("/repointed/invoices")).hasSize(2);
        assertThat(record.at("/repointed/payment_plans/0/id").stringValue()).isEqualTo(planId);
        assertThat(record.get("merged_by")).isNotNull();
        assertThat(trail(shop, survivor)).contains("MERGE");
        assertThat(trail(shop, second)).contains("MERGE");

        Response undone = shop.post("/api/v1/merges/" + mergeId + "/undo", null);

        assertThat(undone.status()).as(undone.text()).isEqualTo(200);
        assertThat(undone.body().get("undone_at")).isNotNull();
        assertThat(TableDumps.of(tenantId)).isEqualTo(before);
        assertThat(shop.get("/api/v1/clients/" + second).status()).isEqualTo(200);
        assertThat(shop.get("/api/v1/clients/" + third).body().get("number").longValue())
                .isEqualTo(thirdNumber);
        assertThat(trail(shop, survivor)).startsWith("UNMERGE");
        JsonNode events = shop.get("/api/v1/events?type=client.merged,client.unmerged")
                .body()
                .get("data");
        assertThat(events)
                .extracting(e -> e.get("type").stringValue())
                .containsExactly("client.unmerged", "client.merged");
        assertThat(events)
                .allSatisfy(
                        e -> assertThat(e.at("/data/object/id").stringValue()).isEqualTo(survivor));
        assertThat(events.get(1).at("/data/object/merged_ids")).hasSize(2);
        Response again = shop.post("/api/v1/merges/" + mergeId + "/undo", null);
        assertThat(again.code()).isEqualTo("UNDO_REFUSED");
        assertThat(again.body().at("/reasons/0/code").stringValue()).isEqualTo("already_undone");
    }

    static String id(Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.body().get("id").stringValue();
    }

    static String sale(Api shop, String clientId, String price) {
        return id(shop.post("/api/v1/sales", """
                {"client_id": "%s", "lines": [{"description": "Artículo", "quantity": 1, "unit_price": %s}]}""".formatted(clientId, price)));
    }

    private static String invoice(Api shop, String clientId, int number) {
        return id(shop.post("/api/v1/invoices", """
                {"client_id": "%s", "series": "F001", "number": %d, "lines": [{"description": "Textos", "quantity": 1, "unit_price": 50}]}""".formatted(clientId, number)));
    }

    private static Map<String, Long> counts(Api shop, String clientId) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        shop.get("/api/v1/clients/" + clientId + "/history")
                .body()
                .get("counts")
                .properties()
                .forEach(e -> counts.put(e.getKey(), e.getValue().longValue()));
        return counts;
    }

    @SafeVarargs
    private static Map<String, Long> sum(Map<String, Long>... counts) {
        Map<String, Long> total = new java.util.TreeMap<>();
        for (Map<String, Long> c : counts) {
            c.forEach((k, v) -> total.merge(k, v, Long::sum));
        }
        return total;
    }

    static List<String> ids(JsonNode page) {
        List<String> ids = new java.util.ArrayList<>();
        page.get("data").forEach(c -> ids.add(c.get("id").stringValue()));
        return ids;
    }

    private static List<String> trail(Api shop, String clientId) {
        List<String> actions = new java.util.ArrayList<>();
        shop.get("/api/v1/clients/" + clientId + "/changes")
                .body()
                .get("data")
                .forEach(c -> actions.add(c.get("action").stringValue()));
        return actions;
    }
}
