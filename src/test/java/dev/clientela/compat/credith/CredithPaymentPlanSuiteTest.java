package dev.clientela.compat.credith;

import static dev.clientela.compat.credith.CredithClientsTest.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every case of Credith's own payment-plan suite ({@code Service/tests/paymentPlan.test.js}, the
 * version that creates its bills over HTTP), with its request bodies, statuses and messages. Its
 * reads of Credith's database are reads through the API: the plan's id and state come from the
 * bill's answer, the pay answer and the plan by DNI. The clock stands at the bills' {@code
 * limitDate}, before their plans start.
 */
class CredithPaymentPlanSuiteTest extends ApiTest {

    static final String BASE = "/compat/credith/api";
    static final String CLIENT_DNI = "0801199901234";
    static final String OTHER_CLIENT_DNI = "0501199805678";
    static final String NO_SUCH_PLAN = "00000000-0000-0000-0000-000000000000";

    Api credith;
    String clientId;

    @BeforeEach
    void aStoreWithCredithsSeedClients() {
        clock.set("2026-06-23");
        credith = api.as(openTenant("Credith", "HN"));
        clientId = credith.post(BASE + "/clients", """
                {"name": "Juan Pérez Rodríguez", "dni": "%s", "phone": "9999-0001",
                 "address": "Residencial El Hatillo, Tegucigalpa"}""".formatted(CLIENT_DNI))
                .body()
                .at("/client/clientId")
                .stringValue();
        credith.post(BASE + "/clients", """
                {"name": "Ana Martínez", "dni": "%s"}""".formatted(OTHER_CLIENT_DNI));
    }

    @Test
    void recalculateShouldRecalculateAPlanWithFewerMonths() {
        String planId = planId(createInstallmentBill());

        Response res = credith.post(BASE + "/payment-plan/" + planId + "/recalculate", "{\"newMonths\": 2}");

        assertThat(res.status()).as(res.text()).isEqualTo(200);
        assertThat(res.body().get("monthsToPay").intValue()).isEqualTo(2);
        assertThat(res.body().get("monthlyPayments").size()).isEqualTo(2);
    }

    @Test
    void recalculateShouldReturn404ForANonExistentPlan() {
        Response res = credith.post(BASE + "/payment-plan/" + NO_SUCH_PLAN + "/recalculate", "{\"newMonths\": 2}");

        assertThat(res.status()).isEqualTo(404);
        assertThat(message(res)).isEqualTo("No se ha encontrado plan de pago con id: " + NO_SUCH_PLAN);
    }

    @Test
    void recalculateShouldReturn400WhenThePlanIsAlreadyPayed() {
        Response bill = createCashBill();
        String planId = planId(bill);
        assertThat(bill.body().at("/paymentPlan/status").stringValue()).isEqualTo("PAYED");

        Response res = credith.post(BASE + "/payment-plan/" + planId + "/recalculate", "{\"newMonths\": 1}");

        assertThat(res.status()).isEqualTo(400);
        assertThat(message(res)).isEqualTo("El plan de pago ya ha sido cubierto!");
    }

    @Test
    void recalculateShouldReturn400WhenNewMonthsIsZeroOrNegative() {
        String planId = planId(createInstallmentBill());

        Response res = credith.post(BASE + "/payment-plan/" + planId + "/recalculate", "{\"newMonths\": 0}");

        assertThat(res.status()).isEqualTo(400);
        assertThat(message(res)).isEqualTo("El numero de meses debe ser mayor a cero.");
    }

    @Test
    void recalculateShouldReturn400WhenNewMonthsExceedsOriginalMonthsToPay() {
        String planId = planId(createInstallmentBill());

        Response res = credith.post(BASE + "/payment-plan/" + planId + "/recalculate", "{\"newMonths\": 4}");

        assertThat(res.status()).isEqualTo(400);
        assertThat(message(res)).isEqualTo("No se puede alargar el pago a plazos.");
    }

    @Test
    void recalculateShouldReturn400WhenThereAreOpenMonthsWithPendingInterest() {
        // Credith's suite wrote interestToPay into its database; here the plan is sold with interest.
        Response bill = credith.post(
                BASE + "/bills",
                defaultInstallmentBill(clientId).replace("\"interestRate\": 0", "\"interestRate\": 2"));
        assertThat(bill.status()).as(bill.text()).isEqualTo(201);
        JsonNode month = bill.body().at("/paymentPlan/monthlyPayments/0");
        assertThat(month.get("isPayed").booleanValue()).isFalse();
        assertThat(month.get("interestToPay").decimalValue()).isPositive();

        Response res = credith.post(BASE + "/payment-plan/" + planId(bill) + "/recalculate", "{\"newMonths\": 2}");

        assertThat(res.status()).isEqualTo(400);
        assertThat(message(res)).isEqualTo("No se puede recalcular por meses pendientes");
    }

    @Test
    void payShouldApplyAPartialPaymentToThePlanFromTheFirstMonth() {
        String planId = planId(createInstallmentBill());

        Response res = pay(planId, "{\"amount\": 3000, \"month\": 0}");

        assertThat(res.status()).as(res.text()).isEqualTo(200);
        assertThat(res.body().get("message").stringValue()).isEqualTo("El pago se ha realizado con exito!");
        assertThat(res.body().get("payedAmount").decimalValue()).isGreaterThan(new java.math.BigDecimal("2000"));
        JsonNode plan = credith.get(BASE + "/payment-plan/" + CLIENT_DNI).body().get("paymentPlan");
        assertThat(plan.get("payedAmount").decimalValue()).isEqualByComparingTo("5000.00");
    }

    @Test
    void payShouldPayTheFullRemainingBalanceAndMarkThePlanAsPayed() {
        Response bill = createInstallmentBill();
        JsonNode plan = bill.body().get("paymentPlan");
        String remaining = plan.get("totalToPay")
                .decimalValue()
                .subtract(plan.get("payedAmount").decimalValue())
                .toPlainString();

        Response res = pay(planId(bill), "{\"amount\": " + remaining + ", \"month\": 0}");

        assertThat(res.status()).as(res.text()).isEqualTo(200);
        assertThat(res.body().at("/paymentPlan/status").stringValue()).isEqualTo("PAYED");
    }

    @Test
    void payShouldApplyPaymentFromASpecificMonthOnwards() {
        Response bill = createInstallmentBill();
        assertThat(bill.body().at("/paymentPlan/monthlyPayments").size()).isEqualTo(3);

        Response res = pay(planId(bill), "{\"amount\": 6000, \"month\": 1}");

        assertThat(res.status()).as(res.text()).isEqualTo(200);
        JsonNode after =
                credith.get(BASE + "/payment-plan/" + CLIENT_DNI).body().at("/paymentPlan/monthlyPayments");
        assertThat(after.get(0).get("isPayed").booleanValue()).isFalse();
        assertThat(after.get(1).get("isPayed").booleanValue()).isTrue();
    }

    @Test
    void payShouldAcceptMonthEqualToMonthsToPayAsANoOpPay() {
        String planId = planId(createInstallmentBill());

        Response res = pay(planId, "{\"amount\": 5000, \"month\": 3}");

        assertThat(res.status()).isEqualTo(200);
        assertThat(res.body().get("payedAmount").decimalValue()).isEqualByComparingTo("2000");
    }

    @Test
    void payShouldReturn404ForANonExistentPlan() {
        Response res = pay(NO_SUCH_PLAN, "{\"amount\": 1000, \"month\": 0}");

        assertThat(res.status()).isEqualTo(404);
        assertThat(message(res)).isEqualTo("No se ha encontrado plan de pago con id: " + NO_SUCH_PLAN);
    }

    @Test
    void payShouldReturn400WhenThePlanIsAlreadyPayed() {
        String planId = planId(createCashBill());

        Response res = pay(planId, "{\"amount\": 100, \"month\": 0}");

        assertThat(res.status()).isEqualTo(400);
        assertThat(message(res)).isEqualTo("El plan de pago ya ha sido cubierto!");
    }

    @Test
    void payShouldReturn400WhenMonthExceedsMonthsToPay() {
        String planId = planId(createInstallmentBill());

        Response res = pay(planId, "{\"amount\": 1000, \"month\": 4}");

        assertThat(res.status()).isEqualTo(400);
        assertThat(message(res)).isEqualTo("El plan de pago solo cuenta con 3 meses");
    }

    @Test
    void planByDniShouldReturnAPaymentPlanForAValidDniWithActiveDebt() {
        createInstallmentBill();

        Response res = credith.get(BASE + "/payment-plan/" + CLIENT_DNI);

        assertThat(res.status()).isEqualTo(200);
        assertThat(res.body().at("/paymentPlan/status").stringValue()).matches("PENDING|OVERDUE");
        assertThat(res.body().at("/paymentPlan/monthlyPayments").size()).isEqualTo(3);
    }

    @Test
    void planByDniShouldReturn400ForAnEmptyDni() {
        Response res = credith.get(BASE + "/payment-plan/%20");

        assertThat(res.status()).isEqualTo(400);
        assertThat(message(res)).isEqualTo("Por favor especifique el DNI");
    }

    @Test
    void planByDniShouldReturn404ForADniWithNoActiveDebt() {
        Response res = credith.get(BASE + "/payment-plan/" + OTHER_CLIENT_DNI);

        assertThat(res.status()).isEqualTo(404);
        assertThat(message(res))
                .isEqualTo("No se ha encontrado deuda activa para el cliente [DNI: " + OTHER_CLIENT_DNI + "]");
    }

    @Test
    void planByDniShouldReturn404WhenTheOnlyPlanForTheDniIsPayed() {
        Response bill = createInstallmentBill();
        JsonNode plan = bill.body().get("paymentPlan");
        String remaining = plan.get("totalToPay")
                .decimalValue()
                .subtract(plan.get("payedAmount").decimalValue())
                .toPlainString();
        Response paid = pay(planId(bill), "{\"amount\": " + remaining + ", \"month\": 0}");
        assertThat(paid.body().at("/paymentPlan/status").stringValue()).isEqualTo("PAYED");

        Response res = credith.get(BASE + "/payment-plan/" + CLIENT_DNI);

        assertThat(res.status()).isEqualTo(404);
        assertThat(message(res)).startsWith("No se ha encontrado deuda activa");
    }

    Response createInstallmentBill() {
        Response res = credith.post(BASE + "/bills", defaultInstallmentBill(clientId));
        assertThat(res.status()).as(res.text()).isEqualTo(201);
        assertThat(res.body().get("billId").stringValue()).isNotBlank();
        return res;
    }

    Response createCashBill() {
        Response res = credith.post(BASE + "/bills", defaultCashBill());
        assertThat(res.status()).as(res.text()).isEqualTo(201);
        assertThat(res.body().get("billId").stringValue()).isNotBlank();
        return res;
    }

    Response pay(String planId, String body) {
        return credith.post(BASE + "/payment-plan/" + planId + "/pay", body);
    }

    static String planId(Response bill) {
        return bill.body().at("/paymentPlan/billPaymentPlanId").stringValue();
    }

    static String defaultInstallmentBill(String clientId) {
        return """
                {
                  "limitDate": "2026-06-23",
                  "paymentType": "INSTALLMENT",
                  "discountPercentage": 0,
                  "discountAmount": 0,
                  "exonerated": 0,
                  "exempt": 0,
                  "companyId": "a1b2c3d4-e5f6-4789-abcd-ef0123456789",
                  "caiRangeId": "b6c7d8e9-f0a1-4e21-2345-678912345694",
                  "userId": "f6a7b8c9-d0e1-4c0d-ef01-234567891234",
                  "storeId": "c3d4e5f6-a7b8-490a-bcde-f01234567891",
                  "details": [
                    {
                      "productId": "f8a9b0c1-d2e3-4c11-2345-678912345686",
                      "productName": "Smartphone X200",
                      "quantity": 1,
                      "sellPrice": 10999,
                      "discountPercentage": 0,
                      "discountAmount": 0,
                      "total": 10999
                    }
                  ],
                  "customer": {
                    "clientId": "%s",
                    "customerName": "Juan Pérez Rodríguez",
                    "customerPhone": "9999-0001",
                    "customerAddress": "Residencial El Hatillo, Tegucigalpa"
                  },
                  "paymentData": {
                    "payment": 2000,
                    "startingDate": "2026-07-01",
                    "monthsToPay": 3,
                    "paymentDay": 15,
                    "interestRate": 0
                  }
                }""".formatted(clientId);
    }

    static String defaultCashBill() {
        return """
                {
                  "limitDate": "2026-06-23",
                  "paymentType": "CASH",
                  "discountPercentage": 0,
                  "discountAmount": 0,
                  "exonerated": 0,
                  "exempt": 0,
                  "companyId": "a1b2c3d4-e5f6-4789-abcd-ef0123456789",
                  "caiRangeId": "b6c7d8e9-f0a1-4e21-2345-678912345694",
                  "userId": "f6a7b8c9-d0e1-4c0d-ef01-234567891234",
                  "storeId": "c3d4e5f6-a7b8-490a-bcde-f01234567891",
                  "details": [
                    {
                      "productId": "f8a9b0c1-d2e3-4c11-2345-678912345686",
                      "productName": "Smartphone X200",
                      "quantity": 1,
                      "sellPrice": 10999,
                      "discountPercentage": 0,
                      "discountAmount": 0,
                      "total": 10999
                    }
                  ],
                  "customer": {
                    "customerName": "Test Customer",
                    "customerPhone": "9999-9999",
                    "customerAddress": "Test Address"
                  },
                  "paymentData": {
                    "payment": 10999
                  }
                }""";
    }
}
