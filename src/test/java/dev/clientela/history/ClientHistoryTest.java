package dev.clientela.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import dev.clientela.support.StatementCounter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

@Import(StatementCounter.class)
class ClientHistoryTest extends ApiTest {

    @Test
    void theHistoryShowsTheNewestRecordsOfEachKindAndTheirCounts() {
        Api shop = api.as(openTenant("Tienda Bogotá", "CO"));
        String clientId = client(shop, "Camila Rojas");
        for (int i = 1; i <= 25; i++) {
            String sale = sale(shop, clientId, i);
            if (i % 5 == 0) {
                shop.post("/api/v1/sales/" + sale + "/cancel", null);
            }
        }
        for (int i = 1; i <= 12; i++) {
            quotation(shop, clientId, i);
        }
        String rejected = quotation(shop, clientId, 13);
        shop.post("/api/v1/quotations/" + rejected + "/reject", null);
        shop.post("/api/v1/invoices", """
                {"client_id": "%s", "series": "FE", "number": 1, "lines": [{"description": "X", "quantity": 1, "unit_price": 9}]}""".formatted(clientId));

        JsonNode history = shop.get("/api/v1/clients/" + clientId + "/history").body();

        assertThat(history.at("/client/name").stringValue()).isEqualTo("Camila Rojas");
        assertThat(notes(history.get("sales"))).hasSize(20).first().isEqualTo("venta 25");
        assertThat(notes(history.get("sales"))).last().isEqualTo("venta 6");
        assertThat(history.get("sales").get(0).get("cancelled").booleanValue()).isTrue();
        assertThat(history.get("sales").get(1).get("cancelled").booleanValue()).isFalse();
        assertThat(notes(history.get("pending_quotations"))).hasSize(10).first().isEqualTo("cotización 12");
        assertThat(history.get("invoices").size()).isEqualTo(1);
        assertThat(history.get("open_payment_plan").isNull()).isTrue();
        assertThat(history.at("/counts/sales").longValue()).isEqualTo(25);
        assertThat(history.at("/counts/quotations").longValue()).isEqualTo(13);
        assertThat(history.at("/counts/invoices").longValue()).isEqualTo(1);
        assertThat(history.at("/counts/payment_plans").longValue()).isZero();
    }

    @Test
    void theHistoryCostsTheSameNumberOfQueriesWhateverTheNumberOfRecords() {
        Api shop = api.as(openTenant("Tienda Medellín", "CO"));
        String few = client(shop, "Pocas Compras");
        String many = client(shop, "Muchas Compras");
        sale(shop, few, 1);
        quotation(shop, few, 1);
        for (int i = 1; i <= 30; i++) {
            sale(shop, many, i);
            quotation(shop, many, i);
        }
        shop.get("/api/v1/clients/" + few + "/history"); // the key and tenant are now remembered

        long forFew = statementsFor(() -> shop.get("/api/v1/clients/" + few + "/history"));
        long forMany = statementsFor(() -> shop.get("/api/v1/clients/" + many + "/history"));

        assertThat(forMany).isEqualTo(forFew);
        assertThat(forMany).as(StatementCounter.sent().toString()).isLessThanOrEqualTo(12);
    }

    @Test
    void theHistoryOfAnUnknownOrDeletedClientIsNotFound() {
        Api shop = api.as(openTenant("Tienda Cali", "CO"));
        String gone = client(shop, "Cliente Borrado");
        shop.delete("/api/v1/clients/" + gone);

        assertThat(shop.get("/api/v1/clients/" + gone + "/history").status()).isEqualTo(404);
        assertThat(shop.get("/api/v1/clients/not-an-id/history").status()).isEqualTo(404);
    }

    /** The statements the request's own thread sent: a background pass meanwhile is not the history's cost. */
    private static long statementsFor(Runnable request) {
        StatementCounter.reset();
        request.run();
        return StatementCounter.sent().size();
    }

    private static String client(Api shop, String name) {
        return shop.post("/api/v1/clients", "{\"name\": \"%s\"}".formatted(name))
                .body()
                .get("id")
                .stringValue();
    }

    private static String sale(Api shop, String clientId, int i) {
        Response sale = shop.post("/api/v1/sales", """
                {"client_id": "%s", "notes": "venta %d", "lines": [{"description": "Arroz", "quantity": 1, "unit_price": %d}]}""".formatted(clientId, i, i));
        assertThat(sale.status()).as(sale.text()).isEqualTo(201);
        return sale.body().get("id").stringValue();
    }

    private static String quotation(Api shop, String clientId, int i) {
        return shop.post("/api/v1/quotations", """
                {"client_id": "%s", "notes": "cotización %d", "valid_until": "2099-01-01",
                 "lines": [{"description": "Azúcar", "quantity": 1, "unit_price": %d}]}""".formatted(clientId, i, i))
                .body()
                .get("id")
                .stringValue();
    }

    private static List<String> notes(JsonNode records) {
        return records.valueStream().map(r -> r.get("notes").stringValue()).toList();
    }
}
