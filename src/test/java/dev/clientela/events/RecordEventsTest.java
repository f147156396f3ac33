package dev.clientela.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Sales, quotations, invoices, bills, plans and payments raise their events as they happen. */
class RecordEventsTest extends ApiTest {

    private Api shop;
    private String clientId;

    @BeforeEach
    void openShopWithAClient() {
        shop = api.as(openTenant("Librería Central", "HN"));
        clientId = shop.post("/api/v1/clients", "{\"name\": \"Colegio San José\"}")
                .body()
                .get("id")
                .stringValue();
    }

    @Test
    void aSaleRaisesSaleCreatedAndItsCancellationSaleCancelledOnce() {
        Response sale = shop.post("/api/v1/sales", """
                {"client_id": "%s", "lines": [{"description": "Cuaderno", "quantity": 3, "unit_price": 4.50}]}""".formatted(clientId));
        String id = sale.body().get("id").stringValue();

        Response cancelled = shop.post("/api/v1/sales/" + id + "/cancel", null);
        shop.post("/api/v1/sales/" + id + "/cancel", null);

        assertThat(Feed.typesAbout(shop, id)).containsExactly("sale.created", "sale.cancelled");
        assertThat(Feed.last(shop, id, "sale.created").at("/data/object")).isEqualTo(sale.body());
        assertThat(Feed.last(shop, id, "sale.cancelled").at("/data/object")).isEqualTo(cancelled.body());
    }

    @Test
    void quotationsRaiseCreatedAcceptedAndRejectedAndAnAcceptanceItsSale() {
        String accepted = quote();
        String rejected = quote();

        Response acceptance = shop.post("/api/v1/quotations/" + accepted + "/accept", null);
        Response rejection = shop.post("/api/v1/quotations/" + rejected + "/reject", null);

        assertThat(Feed.typesAbout(shop, accepted)).containsExactly("quotation.created", "quotation.accepted");
        assertThat(Feed.typesAbout(shop, rejected)).containsExactly("quotation.created", "quotation.rejected");
        assertThat(Feed.last(shop, accepted, "quotation.accepted").at("/data/object"))
                .isEqualTo(acceptance.body());
        assertThat(Feed.last(shop, rejected, "quotation.rejected").at("/data/object"))
                .isEqualTo(rejection.body());
        String saleId = acceptance.body().get("sale_id").stringValue();
        assertThat(Feed.last(shop, saleId, "sale.created")
                        .at("/data/object/quotation_id")
                        .stringValue())
                .isEqualTo(accepted);
    }

    @Test
    void anInvoiceRaisesInvoiceIssuedAndARefusedOneNothing() {
        String body = """
                {"client_id": "%s", "series": "F001", "number": 7,
                 "lines": [{"description": "Textos", "quantity": 2, "unit_price": 50}]}""".formatted(clientId);
        Response issued = shop.post("/api/v1/invoices", body);
        int before = Feed.all(shop).size();

        assertThat(shop.post("/api/v1/invoices", body).status()).isEqualTo(409);

        String id = issued.body().get("id").stringValue();
        assertThat(Feed.typesAbout(shop, id)).containsExactly("invoice.issued");
        assertThat(Feed.last(shop, id, "invoice.issued").at("/data/object")).isEqualTo(issued.body());
        assertThat(Feed.all(shop)).hasSize(before);
    }

    @Test
    void anInstallmentBillRaisesBillCreatedAndOpensItsPlanWhichPaymentsPayOff() {
        Response bill = shop.post("/api/v1/bills", """
                {"payment_type": "INSTALLMENT", "client_id": "%s", "months": 2, "payment_day": 15,
                 "starting_date": "2099-01-15", "tax_rate": 0,
                 "lines": [{"description": "Refrigeradora", "quantity": 1, "unit_price": 200}]}""".formatted(clientId));
        String billId = bill.body().get("id").stringValue();
        String planId = bill.body().at("/payment_plan/id").stringValue();

        Response first = shop.post("/api/v1/payment-plans/" + planId + "/payments", "{\"amount\": 50}");
        Response last = shop.post("/api/v1/payment-plans/" + planId + "/payments", "{\"amount\": 150}");

        assertThat(Feed.last(shop, billId, "bill.created").at("/data/object")).isEqualTo(bill.body());
        assertThat(Feed.typesAbout(shop, planId)).containsExactly("payment_plan.opened", "payment_plan.paid");
        assertThat(Feed.last(shop, planId, "payment_plan.opened").at("/data/object"))
                .isEqualTo(bill.body().get("payment_plan"));
        assertThat(Feed.last(shop, planId, "payment_plan.paid").at("/data/object"))
                .isEqualTo(last.body());
        var payments = Feed.all(shop).stream()
                .filter(e -> e.get("type").stringValue().equals("payment.received"))
                .map(e -> e.at("/data/object"))
                .toList();
        assertThat(payments).hasSize(2);
        assertThat(payments.get(1).get("amount").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(payments.get(0).get("amount").decimalValue()).isEqualByComparingTo("150.00");
        assertThat(payments.get(0).get("payment_plan_id").stringValue()).isEqualTo(planId);
        assertThat(payments.get(0).get("client_id").stringValue()).isEqualTo(clientId);
        assertThat(first.body().get("status").stringValue()).isEqualTo("PENDING");
    }

    @Test
    void aRescheduleRaisesThePlanAsItIsAfterwards() {
        String planId = shop.post("/api/v1/bills", """
                        {"payment_type": "INSTALLMENT", "client_id": "%s", "months": 4, "payment_day": 15,
                         "starting_date": "2099-01-15",
                         "lines": [{"description": "Lavadora", "quantity": 1, "unit_price": 400}]}""".formatted(clientId))
                .body()
                .at("/payment_plan/id")
                .stringValue();

        Response rescheduled = shop.post("/api/v1/payment-plans/" + planId + "/reschedule", "{\"months\": 2}");

        assertThat(rescheduled.status()).as(rescheduled.text()).isEqualTo(200);
        assertThat(Feed.last(shop, planId, "payment_plan.rescheduled").at("/data/object"))
                .isEqualTo(rescheduled.body());
    }

    @Test
    void aBillRefusedForASecondOpenPlanRaisesNothing() {
        String bill = """
                {"payment_type": "INSTALLMENT", "client_id": "%s", "months": 2, "payment_day": 15,
                 "starting_date": "2099-01-15",
                 "lines": [{"description": "Cocina", "quantity": 1, "unit_price": 100}]}""".formatted(clientId);
        shop.post("/api/v1/bills", bill);
        int before = Feed.all(shop).size();

        assertThat(shop.post("/api/v1/bills", bill).status()).isEqualTo(409);

        assertThat(Feed.all(shop)).hasSize(before);
    }

    @Test
    void aBillThroughTheCredithProfileRaisesTheSameEvents() {
        Response billed = shop.post("/compat/credith/api/bills", """
                {"paymentType": "INSTALLMENT", "customer": {"clientId": "%s"},
                 "lines": [{"description": "Refrigeradora", "quantity": 2, "unitPrice": 100}],
                 "months": 4, "paymentDay": 31, "startingDate": "2099-01-15"}""".formatted(clientId));
        assertThat(billed.status()).as(billed.text()).isEqualTo(201);
        String billId = billed.body().at("/billId").stringValue();
        String planId = billed.body().at("/paymentPlan/billPaymentPlanId").stringValue();

        JsonNode created =
                Feed.last(shop, billId, "bill.created").at("/data/object").deepCopy();

        assertThat(created.get("payment_plan"))
                .as("the plan as the canonical API answers it")
                .isEqualTo(shop.get("/api/v1/payment-plans/" + planId).body());
        ((tools.jackson.databind.node.ObjectNode) created).putNull("payment_plan");
        assertThat(created)
                .as("the bill as the canonical API answers it")
                .isEqualTo(shop.get("/api/v1/bills/" + billId).body());
        assertThat(Feed.typesAbout(shop, planId)).containsExactly("payment_plan.opened");
    }

    private String quote() {
        return shop.post("/api/v1/quotations", """
                        {"client_id": "%s", "valid_until": "2099-12-31",
                         "lines": [{"description": "Textos escolares", "quantity": 40, "unit_price": 35}]}""".formatted(clientId))
                .body()
                .get("id")
                .stringValue();
    }
}
