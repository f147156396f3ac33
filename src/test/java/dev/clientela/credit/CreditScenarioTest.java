package dev.clientela.credit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Honduran client buys on credit, is refused a second plan, pays off the first and buys again. The
 * clock stands at {@link #TODAY}, a few days before the plans start, unless a test moves it.
 */
class CreditScenarioTest extends ApiTest {

    static final String TODAY = "2028-01-10";

    private Api store;
    private String clientId;

    @BeforeEach
    void aStoreWithAClient() {
        clock.set(TODAY);
        store = api.as(openTenant("Electro Honduras", "HN"));
        clientId = store.post("/api/v1/clients", """
                {"name": "José Ramírez", "document": {"type": "DNI", "number": "0801-1990-12345"}}""").body().get("id").stringValue();
    }

    @Test
    void aClientBuysOnCreditPaysItOffAndBuysAgain() {
        Response bill = store.post("/api/v1/bills", installmentBill(clientId, "869.57"));
        assertThat(bill.status()).as(bill.text()).isEqualTo(201);
        // (869.57 - 0) x 1.15 = 1000.0055 -> 1000.01, the Honduran ISV applied by default
        assertThat(bill.body().get("total").decimalValue()).isEqualByComparingTo("1000.01");
        var plan = bill.body().get("payment_plan");
        assertThat(plan.get("status").stringValue()).isEqualTo("PENDING");
        assertThat(dueDates(plan)).containsExactly("2028-02-29", "2028-03-31", "2028-04-30");
        assertThat(amounts(plan)).containsExactly("333.33", "333.33", "333.35");
        String planId = plan.get("id").stringValue();

        Response second = store.post("/api/v1/bills", installmentBill(clientId, "100.00"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("OPEN_PLAN_EXISTS");
        assertThat(second.body().get("open_plan_id").stringValue()).isEqualTo(planId);

        Response firstPayment = store.post("/api/v1/payment-plans/" + planId + "/payments", "{\"amount\": 500}");
        assertThat(firstPayment.status()).as(firstPayment.text()).isEqualTo(200);
        assertThat(firstPayment.body().get("balance").decimalValue()).isEqualByComparingTo("500.01");
        assertThat(statuses(firstPayment.body())).containsExactly("PAID", "PENDING", "PENDING");

        Response tooMuch = store.post("/api/v1/payment-plans/" + planId + "/payments", "{\"amount\": 500.02}");
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.body().at("/errors/0/field").stringValue()).isEqualTo("amount");

        Response settled = store.post("/api/v1/payment-plans/" + planId + "/payments", "{\"amount\": 500.01}");
        assertThat(settled.body().get("status").stringValue()).isEqualTo("PAID");
        assertThat(settled.body().get("balance").decimalValue()).isEqualByComparingTo("0");
        assertThat(statuses(settled.body())).containsExactly("PAID", "PAID", "PAID");

        Response again = store.post("/api/v1/bills", installmentBill(clientId, "100.00"));
        assertThat(again.status()).as(again.text()).isEqualTo(201);
        assertThat(again.body().at("/payment_plan/status").stringValue()).isEqualTo("PENDING");
    }

    @Test
    void anUnpaidInstallmentPastItsDueDateMakesThePlanOverdueUntilItIsPaid() {
        String planId = store.post("/api/v1/bills", installmentBill(clientId, "869.57"))
                .body()
                .at("/payment_plan/id")
                .stringValue();

        clock.set("2028-02-29");
        Response dueToday = store.get("/api/v1/payment-plans/" + planId);
        assertThat(dueToday.body().get("status").stringValue()).isEqualTo("PENDING");
        assertThat(statuses(dueToday.body())).containsExactly("PENDING", "PENDING", "PENDING");

        clock.set("2028-03-01");
        Response overdue = store.get("/api/v1/payment-plans/" + planId);
        assertThat(overdue.body().get("status").stringValue()).isEqualTo("OVERDUE");
        assertThat(statuses(overdue.body())).containsExactly("OVERDUE", "PENDING", "PENDING");
        assertThat(store.get("/api/v1/clients/" + clientId + "/history")
                        .body()
                        .at("/open_payment_plan/status")
                        .stringValue())
                .isEqualTo("OVERDUE");

        Response caughtUp = store.post("/api/v1/payment-plans/" + planId + "/payments", "{\"amount\": 333.33}");
        assertThat(caughtUp.status()).as(caughtUp.text()).isEqualTo(200);
        assertThat(caughtUp.body().get("status").stringValue()).isEqualTo("PENDING");
        assertThat(statuses(caughtUp.body())).containsExactly("PAID", "PENDING", "PENDING");

        clock.set("2028-05-01");
        assertThat(statuses(store.get("/api/v1/payment-plans/" + planId).body()))
                .containsExactly("PAID", "OVERDUE", "OVERDUE");
    }

    @Test
    void aPlanWithoutAStartingDateStartsOnTheClocksDay() {
        clock.set("2029-01-01");

        Response bill = store.post("/api/v1/bills", """
                {"payment_type": "INSTALLMENT", "client_id": "%s", "months": 3,
                 "lines": [{"description": "Cocina", "quantity": 1, "unit_price": 300}]}""".formatted(clientId));

        assertThat(bill.status()).as(bill.text()).isEqualTo(201);
        var plan = bill.body().get("payment_plan");
        assertThat(plan.get("starting_date").stringValue()).isEqualTo("2029-01-01");
        assertThat(plan.get("payment_day").intValue()).isEqualTo(1);
        assertThat(dueDates(plan)).containsExactly("2029-02-01", "2029-03-01", "2029-04-01");
        assertThat(plan.get("status").stringValue()).isEqualTo("PENDING");
    }

    @Test
    void theOpenPlanIsFoundByDocumentHoweverTypedEvenAfterTheClientIsDeleted() {
        String planId = store.post("/api/v1/bills", installmentBill(clientId, "300.00"))
                .body()
                .at("/payment_plan/id")
                .stringValue();

        assertThat(store.get("/api/v1/payment-plans?document_number=0801%201990%2012345")
                        .body()
                        .get("id")
                        .stringValue())
                .isEqualTo(planId);
        assertThat(store.delete("/api/v1/clients/" + clientId).status()).isEqualTo(204);

        Response afterDelete = store.get("/api/v1/payment-plans?document_number=0801-1990-12345");
        assertThat(afterDelete.status()).isEqualTo(200);
        assertThat(afterDelete.body().get("id").stringValue()).isEqualTo(planId);
    }

    @Test
    void noOpenPlanIsANotFoundThatNamesTheDocument() {
        Response none = store.get("/api/v1/payment-plans?document_number=0801199012345");

        assertThat(none.status()).isEqualTo(404);
        assertThat(none.body().get("detail").stringValue()).contains("0801199012345");
    }

    @Test
    void aDownPaymentCoveringTheTotalMakesAPlanBornPaid() {
        Response bill = store.post("/api/v1/bills", """
                {"payment_type": "INSTALLMENT", "client_id": "%s", "months": 6, "down_payment": 200,
                 "lines": [{"description": "Licuadora", "quantity": 1, "unit_price": 100}]}""".formatted(clientId));

        assertThat(bill.status()).isEqualTo(201);
        assertThat(bill.body().at("/payment_plan/status").stringValue()).isEqualTo("PAID");
        assertThat(bill.body().at("/payment_plan/installments").size()).isZero();
        assertThat(store.post("/api/v1/bills", installmentBill(clientId, "50.00"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void anInstallmentBillNeedsALiveActiveClientAndRespectsTheCreditLimit() {
        Response noClient = store.post("/api/v1/bills", """
                {"payment_type": "INSTALLMENT", "months": 3, "lines": [{"description": "TV", "quantity": 1, "unit_price": 10}]}""");
        assertThat(noClient.status()).isEqualTo(422);
        assertThat(noClient.body().at("/errors/0/field").stringValue()).isEqualTo("client_id");

        store.patch("/api/v1/clients/" + clientId, "{\"credit_limit\": 500}");
        Response overLimit = store.post("/api/v1/bills", installmentBill(clientId, "869.57"));
        assertThat(overLimit.status()).isEqualTo(409);
        assertThat(overLimit.code()).isEqualTo("CREDIT_LIMIT_EXCEEDED");

        store.patch("/api/v1/clients/" + clientId, "{\"status\": \"INACTIVE\", \"credit_limit\": null}");
        Response inactive = store.post("/api/v1/bills", installmentBill(clientId, "10.00"));
        assertThat(inactive.status()).isEqualTo(422);
        assertThat(inactive.body().at("/errors/0/code").stringValue()).isEqualTo("inactive_client");
    }

    @Test
    void aCashBillNeedsNoClientAndCreatesNoPlan() {
        Response cash = store.post("/api/v1/bills", """
                {"payment_type": "CASH", "discount": 10,
                 "lines": [{"description": "Cable", "quantity": 2, "unit_price": 55}]}""");

        assertThat(cash.status()).isEqualTo(201);
        assertThat(cash.body().get("total").decimalValue()).isEqualByComparingTo("115.00"); // (110 - 10) x 1.15
        assertThat(cash.body().get("payment_plan").isNull()).isTrue();
    }

    @Test
    void permanentDeleteIsRefusedWhileRecordsPointToTheClientAndAllowedWithout() {
        store.post("/api/v1/bills", installmentBill(clientId, "100.00"));
        Response refused = store.delete("/api/v1/clients/" + clientId + "?permanent=true");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("CLIENT_HAS_RECORDS");
        assertThat(refused.body().at("/records/bills").longValue()).isEqualTo(1);
        assertThat(refused.body().at("/records/payment_plans").longValue()).isEqualTo(1);
        assertThat(store.get("/api/v1/clients/" + clientId).status()).isEqualTo(200);

        String loner = store.post("/api/v1/clients", "{\"name\": \"Sin Compras\"}")
                .body()
                .get("id")
                .stringValue();
        assertThat(store.delete("/api/v1/clients/" + loner + "?permanent=true").status())
                .isEqualTo(204);
        assertThat(store.get("/api/v1/clients/" + loner).status()).isEqualTo(404);
        assertThat(store.get("/api/v1/clients?deleted=only").body().get("data").size())
                .isZero();
    }

    static String installmentBill(String clientId, String price) {
        return """
                {"payment_type": "INSTALLMENT", "client_id": "%s", "months": 3, "payment_day": 31,
                 "starting_date": "2028-01-15",
                 "lines": [{"description": "Refrigeradora", "quantity": 1, "unit_price": %s}]}""".formatted(clientId, price);
    }

    private static List<String> dueDates(tools.jackson.databind.JsonNode plan) {
        return plan.get("installments")
                .valueStream()
                .map(i -> i.get("due_date").stringValue())
                .toList();
    }

    private static List<String> amounts(tools.jackson.databind.JsonNode plan) {
        return plan.get("installments")
                .valueStream()
                .map(i -> i.get("amount").decimalValue().toPlainString())
                .toList();
    }

    private static List<String> statuses(tools.jackson.databind.JsonNode plan) {
        return plan.get("installments")
                .valueStream()
                .map(i -> i.get("status").stringValue())
                .toList();
    }
}
