package dev.clientela.sales;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SalesRecordsTest extends ApiTest {

    private Api shop;
    private String clientId;

    @BeforeEach
    void aShopWithAClient() {
        shop = api.as(openTenant("Librería Central", "PE"));
        clientId = shop.post("/api/v1/clients", """
                {"name": "Colegio San Martín", "legal_name": "ASOCIACION EDUCATIVA SAN MARTIN",
                 "document": {"type": "RUC", "number": "20512333797"}, "address": {"line": "Jr. Junín 456"}}""").body().get("id").stringValue();
    }

    @Test
    void aSaleTotalIsComputedFromItsLinesNeverTakenFromTheBody() {
        Response sale = shop.post("/api/v1/sales", """
                {"client_id": "%s", "discount": 1.50,
                 "lines": [{"description": "Cuaderno", "quantity": 3, "unit_price": 4.50},
                           {"description": "Lápiz", "quantity": 12, "unit_price": 0.75}]}""".formatted(clientId));

        assertThat(sale.status()).as(sale.text()).isEqualTo(201);
        assertThat(sale.body().get("subtotal").decimalValue()).isEqualByComparingTo("22.50");
        assertThat(sale.body().get("total").decimalValue()).isEqualByComparingTo("21.00");
        assertThat(sale.body().get("currency").stringValue()).isEqualTo("PEN");

        Response withTotal = shop.post("/api/v1/sales", """
                {"total": 1, "lines": [{"description": "Cuaderno", "quantity": 1, "unit_price": 4.50}]}""");
        assertThat(withTotal.status()).isEqualTo(422);
        assertThat(withTotal.body().at("/errors/0/code").stringValue()).isEqualTo("read_only_field");
    }

    @Test
    void aCancelledSaleStaysAndIsMarked() {
        String saleId = shop.post("/api/v1/sales", """
                {"client_id": "%s", "lines": [{"description": "Mochila", "quantity": 1, "unit_price": 80}]}""".formatted(clientId))
                .body()
                .get("id")
                .stringValue();

        Response cancelled = shop.post("/api/v1/sales/" + saleId + "/cancel", null);

        assertThat(cancelled.body().get("cancelled").booleanValue()).isTrue();
        assertThat(shop.get("/api/v1/sales/" + saleId)
                        .body()
                        .get("cancelled_at")
                        .isNull())
                .isFalse();
        assertThat(shop.get("/api/v1/sales?client_id=" + clientId)
                        .body()
                        .get("data")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void acceptingAQuotationMakesItsSaleAndItCannotBeDecidedTwice() {
        String quotationId = shop.post("/api/v1/quotations", """
                {"client_id": "%s", "valid_until": "2099-12-31",
                 "lines": [{"description": "Textos escolares", "quantity": 40, "unit_price": 35}]}""".formatted(clientId))
                .body()
                .get("id")
                .stringValue();

        Response accepted = shop.post("/api/v1/quotations/" + quotationId + "/accept", null);

        assertThat(accepted.body().get("status").stringValue()).isEqualTo("ACCEPTED");
        String saleId = accepted.body().get("sale_id").stringValue();
        assertThat(shop.get("/api/v1/sales/" + saleId).body().get("total").decimalValue())
                .isEqualByComparingTo("1400.00");
        assertThat(shop.post("/api/v1/quotations/" + quotationId + "/reject", null)
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aPendingQuotationPastItsDateReadsAsExpired() {
        String quotationId = shop.post("/api/v1/quotations", """
                {"client_id": "%s", "valid_until": "2020-01-31",
                 "lines": [{"description": "Pizarra", "quantity": 1, "unit_price": 300}]}""".formatted(clientId))
                .body()
                .get("id")
                .stringValue();

        assertThat(shop.get("/api/v1/quotations/" + quotationId)
                        .body()
                        .get("status")
                        .stringValue())
                .isEqualTo("EXPIRED");
        assertThat(shop.post("/api/v1/quotations/" + quotationId + "/accept", null)
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aQuotationExpiresWhenTheClockPassesItsLastValidDay() {
        clock.set("2030-06-01");
        String quotationId = shop.post("/api/v1/quotations", """
                {"client_id": "%s", "valid_until": "2030-06-30",
                 "lines": [{"description": "Pizarra", "quantity": 1, "unit_price": 300}]}""".formatted(clientId))
                .body()
                .get("id")
                .stringValue();

        clock.set("2030-06-30");
        assertThat(status(quotationId)).isEqualTo("PENDING");
        assertThat(pendingInHistory()).isEqualTo(1);

        clock.set("2030-07-01");
        assertThat(status(quotationId)).isEqualTo("EXPIRED");
        assertThat(pendingInHistory()).isZero();
        Response accepted = shop.post("/api/v1/quotations/" + quotationId + "/accept", null);
        assertThat(accepted.status()).isEqualTo(409);
        assertThat(accepted.body().get("detail").stringValue()).contains("EXPIRED");
    }

    @Test
    void anInvoiceWithoutAnIssueDateIsIssuedOnTheClocksDay() {
        clock.set("2031-03-15");

        Response invoice = shop.post("/api/v1/invoices", """
                {"client_id": "%s", "series": "F009", "number": 1,
                 "lines": [{"description": "Textos", "quantity": 1, "unit_price": 50}]}""".formatted(clientId));

        assertThat(invoice.status()).as(invoice.text()).isEqualTo(201);
        assertThat(invoice.body().get("issue_date").stringValue()).isEqualTo("2031-03-15");
    }

    private String status(String quotationId) {
        return shop.get("/api/v1/quotations/" + quotationId)
                .body()
                .get("status")
                .stringValue();
    }

    private int pendingInHistory() {
        return shop.get("/api/v1/clients/" + clientId + "/history")
                .body()
                .get("pending_quotations")
                .size();
    }

    @Test
    void anInvoiceKeepsTheClientAsItWasWhenIssued() {
        Response invoice = shop.post("/api/v1/invoices", """
                {"client_id": "%s", "series": "F001", "number": 1, "issue_date": "2026-11-02", "tax_rate": 0.18,
                 "lines": [{"description": "Textos", "quantity": 10, "unit_price": 50}]}""".formatted(clientId));
        assertThat(invoice.status()).as(invoice.text()).isEqualTo(201);
        assertThat(invoice.body().get("total").decimalValue()).isEqualByComparingTo("590.00");

        shop.patch("/api/v1/clients/" + clientId, """
                {"name": "Colegio Nuevo Horizonte", "legal_name": "NUEVO HORIZONTE S.A.C.", "address": {"line": "Av. Arequipa 1"}}""");

        var issued = shop.get("/api/v1/invoices/" + invoice.body().get("id").stringValue())
                .body();
        assertThat(issued.at("/client/name").stringValue()).isEqualTo("Colegio San Martín");
        assertThat(issued.at("/client/legal_name").stringValue()).isEqualTo("ASOCIACION EDUCATIVA SAN MARTIN");
        assertThat(issued.at("/client/address/line").stringValue()).isEqualTo("Jr. Junín 456");
        assertThat(issued.at("/client/document/number").stringValue()).isEqualTo("20512333797");
    }

    @Test
    void anInvoiceNumberIsUniqueWithinItsSeries() {
        String invoice = """
                {"client_id": "%s", "series": "F002", "number": 7,
                 "lines": [{"description": "Textos", "quantity": 1, "unit_price": 50}]}""".formatted(clientId);
        assertThat(shop.post("/api/v1/invoices", invoice).status()).isEqualTo(201);

        Response again = shop.post("/api/v1/invoices", invoice);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("DUPLICATE_INVOICE_NUMBER");
    }

    @Test
    void recordsForAnUnknownClientAreRefusedNamingTheField() {
        Response sale = shop.post("/api/v1/sales", """
                {"client_id": "01a1fcd1-8b1d-7ee4-8b2d-3c13640844f8",
                 "lines": [{"description": "X", "quantity": 1, "unit_price": 1}]}""");

        assertThat(sale.status()).isEqualTo(422);
        assertThat(sale.body().at("/errors/0/field").stringValue()).isEqualTo("client_id");
    }

    @Test
    void aSaleQuotationOrInvoiceWithoutLinesIsRefused() {
        for (String records : new String[] {"sales", "quotations", "invoices"}) {
            for (String body : new String[] {"{}", "{\"lines\": null}"}) {
                Response refused = shop.post("/api/v1/" + records, body);
                assertThat(refused.status()).as(records + " " + body).isEqualTo(422);
                assertThat(refused.body().get("errors").findValuesAsString("field"))
                        .contains("lines");
            }
        }
        assertThat(shop.get("/api/v1/sales").body().get("data")).isEmpty();
    }

    @Test
    void everyBadLineIsReportedWithItsPath() {
        Response sale = shop.post("/api/v1/sales", """
                {"lines": [{"description": "", "quantity": 0, "unit_price": 1.234},
                           {"description": "Ok", "quantity": "two", "unit_price": 1}]}""");

        assertThat(sale.status()).isEqualTo(422);
        assertThat(sale.body()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").stringValue()))
                .contains("lines[0].description", "lines[0].quantity", "lines[0].unit_price", "lines[1].quantity");
    }
}
