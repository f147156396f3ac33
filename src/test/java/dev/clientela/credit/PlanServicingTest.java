package dev.clientela.credit;

import static dev.clientela.credit.CreditScenarioTest.installmentBill;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Servicing a plan through the canonical API: interest, payments from an installment on,
 * reschedules, and the list of installments still owed. The clock stands at 2028-01-10; the plans
 * of {@link CreditScenarioTest#installmentBill} finance 1000.01 over three months from February.
 */
class PlanServicingTest extends ApiTest {

    private Api store;
    private String clientId;

    @BeforeEach
    void aStoreWithAClient() {
        clock.set(CreditScenarioTest.TODAY);
        store = api.as(openTenant("Electro Honduras", "HN"));
        clientId = client("José Ramírez", "0801-1990-12345");
    }

    @Test
    void aMonthlyInterestIsChargedOnThePrincipalStillOwedBeforeEachInstallment() {
        JsonNode plan = store.post("/api/v1/bills", withInterest(installmentBill(clientId, "869.57"), "0.02"))
                .body()
                .get("payment_plan");

        // 1000.01 x 2% = 20.00; 666.68 x 2% = 13.33; 333.35 x 2% = 6.67
        assertThat(column(plan, "amount")).containsExactly("333.33", "333.33", "333.35");
        assertThat(column(plan, "interest")).containsExactly("20.00", "13.33", "6.67");
        assertThat(column(plan, "due")).containsExactly("353.33", "346.66", "340.02");
        assertThat(plan.get("interest").decimalValue()).isEqualByComparingTo("40.00");
        assertThat(plan.get("total").decimalValue()).isEqualByComparingTo("1040.01");
        assertThat(plan.get("balance").decimalValue()).isEqualByComparingTo("1040.01");

        Response settled = pay(plan.get("id").stringValue(), "{\"amount\": 1040.01}");
        assertThat(settled.body().get("status").stringValue()).isEqualTo("PAID");
        assertThat(settled.body().get("paid").decimalValue()).isEqualByComparingTo("1040.01");
    }

    @Test
    void aPlanWithoutInterestCarriesNone() {
        JsonNode plan = store.post("/api/v1/bills", installmentBill(clientId, "869.57"))
                .body()
                .get("payment_plan");

        assertThat(plan.get("monthly_interest_rate").decimalValue()).isEqualByComparingTo("0");
        assertThat(column(plan, "interest")).containsExactly("0.00", "0.00", "0.00");
        assertThat(plan.get("total").decimalValue())
                .isEqualByComparingTo(plan.get("financed").decimalValue());
    }

    @Test
    void aPaymentFromAnInstallmentLeavesTheOnesBeforeItUnpaid() {
        String planId = planOf(installmentBill(clientId, "869.57"));

        Response paid = pay(planId, "{\"amount\": 400, \"from_installment\": 2}");

        assertThat(paid.status()).as(paid.text()).isEqualTo(200);
        assertThat(column(paid.body(), "paid")).containsExactly("0.00", "333.33", "66.67");
        assertThat(paid.body().get("balance").decimalValue()).isEqualByComparingTo("600.01");
    }

    @Test
    void aPaymentBeyondWhatIsOwedFromItsInstallmentOrFromNoSuchInstallmentChangesNothing() {
        String planId = planOf(installmentBill(clientId, "869.57"));

        Response tooMuch = pay(planId, "{\"amount\": 666.69, \"from_installment\": 2}");
        Response noSuch = pay(planId, "{\"amount\": 10, \"from_installment\": 4}");
        Response negative = pay(planId, "{\"amount\": -10}");
        Response text = pay(planId, "{\"amount\": \"10\"}");

        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.body().at("/errors/0/code").stringValue()).isEqualTo("exceeds_balance");
        assertThat(noSuch.status()).isEqualTo(422);
        assertThat(noSuch.body().at("/errors/0/field").stringValue()).isEqualTo("from_installment");
        assertThat(negative.status()).isEqualTo(422);
        assertThat(text.status()).isEqualTo(422);
        assertThat(store.get("/api/v1/payment-plans/" + planId)
                        .body()
                        .get("paid")
                        .decimalValue())
                .isEqualByComparingTo("0");
    }

    @Test
    void aRepeatedPaymentWithTheSameIdempotencyKeyIsAppliedOnce() {
        String planId = planOf(installmentBill(clientId, "869.57"));
        Api once = store.with("Idempotency-Key", "pago-enero-1");

        Response first = once.post("/api/v1/payment-plans/" + planId + "/payments", "{\"amount\": 100}");
        Response again = once.post("/api/v1/payment-plans/" + planId + "/payments", "{\"amount\": 100}");

        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(store.get("/api/v1/payment-plans/" + planId)
                        .body()
                        .get("paid")
                        .decimalValue())
                .isEqualByComparingTo("100");
    }

    @Test
    void aRescheduleSpreadsTheBalanceOverFewerInstallmentsDueFromNextMonth() {
        String planId = planOf(installmentBill(clientId, "869.57"));
        pay(planId, "{\"amount\": 500}");

        Response rescheduled = reschedule(planId, "{\"months\": 1}");

        assertThat(rescheduled.status()).as(rescheduled.text()).isEqualTo(200);
        JsonNode plan = rescheduled.body();
        // installment 1 paid in full stays; installment 2, paid in part, is closed at what was paid
        assertThat(column(plan, "amount")).containsExactly("333.33", "166.67", "500.01");
        assertThat(column(plan, "paid")).containsExactly("333.33", "166.67", "0.00");
        assertThat(plan.at("/installments/2/due_date").stringValue()).isEqualTo("2028-02-29");
        assertThat(plan.get("months").intValue()).isEqualTo(3);
        assertThat(plan.get("balance").decimalValue()).isEqualByComparingTo("500.01");
        assertThat(plan.get("status").stringValue()).isEqualTo("PENDING");

        Response settled = pay(planId, "{\"amount\": 500.01}");
        assertThat(settled.body().get("status").stringValue()).isEqualTo("PAID");
    }

    @Test
    void aRescheduleOnTheLastInstantOfAMonthStartsTheMonthAfter() {
        String planId = planOf(installmentBill(clientId, "869.57"));
        clock.set(java.time.Instant.parse("2028-01-31T23:59:59.999Z"));

        JsonNode plan = reschedule(planId, "{\"months\": 2}").body();

        assertThat(plan.at("/installments/0/due_date").stringValue()).isEqualTo("2028-02-29");
        assertThat(plan.at("/installments/1/due_date").stringValue()).isEqualTo("2028-03-31");
        assertThat(column(plan, "amount")).containsExactly("500.00", "500.01");
    }

    @Test
    void aRescheduleIsRefusedWithoutMonthsBeyondTheOpenInstallmentsWithInterestOrOnAPaidPlan() {
        String planId = planOf(installmentBill(clientId, "869.57"));

        assertThat(reschedule(planId, "{\"months\": 0}").status()).isEqualTo(422);
        assertThat(reschedule(planId, "{}").status()).isEqualTo(422);
        Response none = reschedule(planId, "{\"months\": null}");
        assertThat(none.status()).as(none.text()).isEqualTo(422);
        assertThat(none.body().at("/errors/0/code").stringValue()).isEqualTo("required");
        Response longer = reschedule(planId, "{\"months\": 4}");
        assertThat(longer.status()).isEqualTo(422);
        assertThat(longer.body().at("/errors/0/code").stringValue()).isEqualTo("cannot_lengthen");
        assertThat(reschedule("00000000-0000-7000-8000-000000000000", "{\"months\": 1}")
                        .status())
                .isEqualTo(404);
        assertThat(reschedule("not-a-plan", "{\"months\": 1}").status()).isEqualTo(404);
        assertThat(store.get("/api/v1/payment-plans/" + planId)
                        .body()
                        .get("months")
                        .intValue())
                .isEqualTo(3);

        pay(planId, "{\"amount\": 1000.01}");
        Response paid = reschedule(planId, "{\"months\": 1}");
        assertThat(paid.status()).isEqualTo(409);
        assertThat(paid.code()).isEqualTo("PLAN_SETTLED");

        String withInterest = planOf(withInterest(installmentBill(clientId, "100"), "0.01"));
        Response interest = reschedule(withInterest, "{\"months\": 1}");
        assertThat(interest.status()).isEqualTo(409);
        assertThat(interest.code()).isEqualTo("OPEN_INTEREST");
    }

    @Test
    void unpaidInstallmentsAreListedByDueDateWithTheirClient() {
        String first = planOf(installmentBill(clientId, "869.57"));
        String otherClient = client("Ana Castro", "0801-1985-54321");
        String second = planOf(installmentBill(otherClient, "100"));
        pay(first, "{\"amount\": 333.33}");

        Response due = store.get("/api/v1/installments?status=unpaid&due_before=2028-04-01");

        assertThat(due.status()).as(due.text()).isEqualTo(200);
        JsonNode data = due.body().get("data");
        assertThat(data.valueStream().map(d -> d.get("plan_id").stringValue())).containsExactly(second, first, second);
        assertThat(data.at("/0/installment/due_date").stringValue()).isEqualTo("2028-02-29");
        assertThat(data.at("/0/client/id").stringValue()).isEqualTo(otherClient);
        assertThat(data.at("/1/installment/number").intValue()).isEqualTo(2);
        assertThat(data.at("/1/installment/owed").decimalValue()).isEqualByComparingTo("333.33");
        assertThat(data.at("/1/client/name").stringValue()).isEqualTo("José Ramírez");
        assertThat(data.at("/1/client/document_number").stringValue()).isEqualTo("0801-1990-12345");
        assertThat(data.at("/0/plan_status").stringValue()).isEqualTo("PENDING");

        clock.set("2028-03-05");
        JsonNode late = store.get("/api/v1/installments?due_before=2028-03-01&client_id=" + otherClient)
                .body()
                .get("data");
        assertThat(late.size()).isEqualTo(1);
        assertThat(late.at("/0/plan_status").stringValue()).isEqualTo("OVERDUE");
        assertThat(late.at("/0/installment/status").stringValue()).isEqualTo("OVERDUE");
    }

    @Test
    void theInstallmentsListingRefusesWhatItCannotRead() {
        assertThat(store.get("/api/v1/installments?status=paid").status()).isEqualTo(422);
        assertThat(store.get("/api/v1/installments?due_before=tomorrow").status())
                .isEqualTo(422);
        assertThat(store.get("/api/v1/installments?colour=red").status()).isEqualTo(422);
        assertThat(store.get("/api/v1/installments?limit=0").status()).isEqualTo(422);
    }

    @Test
    void paymentsAndReschedulesAreRecordedWithTheirKeyAndRequest() {
        String planId = planOf(installmentBill(clientId, "869.57"));
        store.with("X-Request-Id", "caja-3-pago").post("/api/v1/payment-plans/" + planId + "/payments", """
                {"amount": 100, "paid_at": "2028-01-09T15:00:00Z"}""");
        store.with("X-Request-Id", "caja-3-plazo").post("/api/v1/payment-plans/" + planId + "/reschedule", """
                {"months": 2}""");

        Response activity = store.get("/api/v1/payment-plans/" + planId + "/activity");

        assertThat(activity.status()).as(activity.text()).isEqualTo(200);
        JsonNode data = activity.body().get("data");
        assertThat(data.size()).isEqualTo(2);
        assertThat(data.at("/0/type").stringValue()).isEqualTo("RESCHEDULE");
        assertThat(data.at("/0/balance").decimalValue()).isEqualByComparingTo("900.01");
        assertThat(data.at("/0/months_before").intValue()).isEqualTo(3);
        assertThat(data.at("/0/months_after").intValue()).isEqualTo(3);
        assertThat(data.at("/0/request_id").stringValue()).isEqualTo("caja-3-plazo");
        assertThat(data.at("/1/type").stringValue()).isEqualTo("PAYMENT");
        assertThat(data.at("/1/amount").decimalValue()).isEqualByComparingTo("100");
        assertThat(data.at("/1/at").stringValue()).isEqualTo("2028-01-09T15:00:00Z");
        assertThat(data.at("/1/from_installment").intValue()).isEqualTo(1);
        assertThat(data.at("/1/request_id").stringValue()).isEqualTo("caja-3-pago");
        assertThat(data.at("/1/key_id").stringValue()).isNotBlank();
        assertThat(store.get("/api/v1/payment-plans/00000000-0000-7000-8000-000000000000/activity")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theNewRoutesAreInTheOpenApiDocument() {
        JsonNode paths = api.get("/v3/api-docs").body().get("paths");

        assertThat(paths.propertyNames())
                .contains(
                        "/api/v1/payment-plans/{id}/reschedule",
                        "/api/v1/payment-plans/{id}/payments",
                        "/api/v1/payment-plans/{id}/activity",
                        "/api/v1/installments");
    }

    private String client(String name, String dni) {
        return store.post("/api/v1/clients", """
                {"name": "%s", "document": {"type": "DNI", "number": "%s"}}""".formatted(name, dni))
                .body()
                .get("id")
                .stringValue();
    }

    private String planOf(String bill) {
        Response billed = store.post("/api/v1/bills", bill);
        assertThat(billed.status()).as(billed.text()).isEqualTo(201);
        return billed.body().at("/payment_plan/id").stringValue();
    }

    private Response pay(String planId, String body) {
        return store.post("/api/v1/payment-plans/" + planId + "/payments", body);
    }

    private Response reschedule(String planId, String body) {
        return store.post("/api/v1/payment-plans/" + planId + "/reschedule", body);
    }

    private static String withInterest(String bill, String rate) {
        return bill.replaceFirst("\\{", "{\"monthly_interest_rate\": " + rate + ", ");
    }

    private static List<String> column(JsonNode plan, String field) {
        return plan.get("installments")
                .valueStream()
                .map(i -> i.get(field).decimalValue().setScale(2).toPlainString())
                .toList();
    }
}
