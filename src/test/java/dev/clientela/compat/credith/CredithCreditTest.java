package dev.clientela.compat.credith;

import static dev.clientela.compat.credith.CredithClientsTest.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Credith's bills and the payment plan found by the client's DNI. */
class CredithCreditTest extends ApiTest {

    private static final String BILLS = "/compat/credith/api/bills";
    private static final String PLAN = "/compat/credith/api/payment-plan/";
    private static final String DNI = "0801-1990-12345";

    private String admin;
    private Api credith;
    private String clientId;

    @BeforeEach
    void aHonduranShopWithAClient() {
        admin = openTenant("Electro Honduras", "HN");
        credith = api.as(admin);
        clientId = credith.post("/compat/credith/api/clients", "{\"name\": \"María López\", \"dni\": \"" + DNI + "\"}")
                .body()
                .at("/client/clientId")
                .stringValue();
    }

    @Test
    void anInstallmentBillTotalsLinesLessDiscountPlusFifteenPercentIsv() {
        Response billed = credith.post(BILLS, installments(clientId, "7", 4, 31, "2099-01-15"));

        assertThat(billed.status()).as(billed.toString()).isEqualTo(201);
        JsonNode bill = billed.body();
        assertThat(bill.get("billId").stringValue()).isNotBlank();
        assertThat(bill.get("subtotal").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(bill.get("discountAmount").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(bill.get("isv_15_amount").decimalValue()).isEqualByComparingTo("27.00");
        assertThat(bill.get("total").decimalValue()).isEqualByComparingTo("207.00");
        assertThat(bill.get("clientId").stringValue()).isEqualTo(clientId);
        assertThat(bill.get("paymentType").stringValue()).isEqualTo("INSTALLMENT");
    }

    @Test
    void anInstallmentBillSplitsWhatIsFinancedIntoMonthlyInstallmentsDueOnThePaymentDay() {
        JsonNode plan = credith.post(BILLS, installments(clientId, "7", 4, 31, "2099-01-15"))
                .body()
                .get("paymentPlan");

        assertThat(plan.get("status").stringValue()).isEqualTo("PENDING");
        assertThat(plan.get("totalToPay").decimalValue()).isEqualByComparingTo("207.00");
        assertThat(plan.get("initialPayment").decimalValue()).isEqualByComparingTo("7.00");
        assertThat(plan.get("payedAmount").decimalValue()).isEqualByComparingTo("7.00");
        JsonNode installments = plan.get("monthlyPayments");
        assertThat(installments.size()).isEqualTo(4);
        assertThat(installments.get(0).get("paymentAmount").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(installments.get(0).get("paymentDeadline").stringValue()).isEqualTo("2099-02-28T00:00:00Z");
        assertThat(installments.get(1).get("paymentDeadline").stringValue()).isEqualTo("2099-03-31T00:00:00Z");
        assertThat(installments.get(2).get("paymentDeadline").stringValue()).isEqualTo("2099-04-30T00:00:00Z");
    }

    @Test
    void theLastInstallmentTakesTheRemainderOfTheCents() {
        // (100 - 0) x 1.15 = 115.00, less 15.00 down: 100.00 in three months
        Response billed = credith.post(BILLS, """
                {"paymentType": "INSTALLMENT", "customer": {"clientId": "%s"},
                 "lines": [{"description": "Lavadora", "quantity": 1, "unitPrice": 100}],
                 "downPayment": 15, "months": 3, "paymentDay": 10, "startingDate": "2099-01-10"}""".formatted(clientId));

        JsonNode installments = billed.body().at("/paymentPlan/monthlyPayments");
        assertThat(installments.get(0).get("paymentAmount").decimalValue()).isEqualByComparingTo("33.33");
        assertThat(installments.get(1).get("paymentAmount").decimalValue()).isEqualByComparingTo("33.33");
        assertThat(installments.get(2).get("paymentAmount").decimalValue()).isEqualByComparingTo("33.34");
    }

    @Test
    void aCashBillNeedsNoClientAndIsPaidAtOnce() {
        Response billed = credith.post(BILLS, """
                {"paymentType": "CASH", "lines": [{"description": "Licuadora", "quantity": 1, "unitPrice": 40}],
                 "discount": 0}""");

        assertThat(billed.status()).isEqualTo(201);
        assertThat(billed.body().get("message").stringValue()).isEqualTo("Factura creada correctamente");
        assertThat(billed.body().get("total").decimalValue()).isEqualByComparingTo("46.00");
        assertThat(billed.body().at("/paymentPlan/status").stringValue()).isEqualTo("PAYED");
        assertThat(billed.body().at("/paymentPlan/monthlyPayments").isEmpty()).isTrue();
    }

    @Test
    void anInstallmentBillWithoutClientIdIs400NotAServerError() {
        for (String customer : List.of("", ", \"customer\": {}", ", \"customer\": {\"clientId\": null}")) {
            Response refused = credith.post(BILLS, """
                    {"paymentType": "INSTALLMENT", "lines": [{"description": "TV", "quantity": 1, "unitPrice": 10}],
                     "months": 2 %s}""".formatted(customer));
            assertThat(refused.status()).as(customer).isEqualTo(400);
            assertThat(message(refused)).as(customer).isEqualTo("Por favor especifique el cliente (customer.clientId)");
        }
    }

    @Test
    void aSecondOpenPlanForTheClientIs400() {
        credith.post(BILLS, installments(clientId, "0", 4, 10, "2099-01-10"));

        Response refused = credith.post(BILLS, installments(clientId, "0", 2, 10, "2099-01-10"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(message(refused)).isEqualTo("El cliente ya tiene un plan de pago activo");
    }

    @Test
    void aPlanIsPaidAtOnceWhenTheDownPaymentCoversTheTotalOrThereAreNoMonths() {
        JsonNode covered = credith.post(BILLS, installments(clientId, "207", 4, 10, "2099-01-10"))
                .body()
                .get("paymentPlan");
        assertThat(covered.get("status").stringValue()).isEqualTo("PAYED");

        JsonNode noMonths = credith.post(BILLS, installments(clientId, "0", 0, 10, "2099-01-10"))
                .body()
                .get("paymentPlan");
        assertThat(noMonths.get("status").stringValue()).isEqualTo("PAYED");
        assertThat(message(credith.get(PLAN + DNI))).startsWith("No se ha encontrado deuda activa");
    }

    @Test
    void thePaymentPlanOfAPendingDebtIsFoundByDni() {
        String planId = credith.post(BILLS, installments(clientId, "7", 4, 10, "2099-01-10"))
                .body()
                .at("/paymentPlan/billPaymentPlanId")
                .stringValue();

        Response found = credith.get(PLAN + DNI);

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().at("/paymentPlan/billPaymentPlanId").stringValue())
                .isEqualTo(planId);
        assertThat(found.body().at("/paymentPlan/clientId").stringValue()).isEqualTo(clientId);
        assertThat(found.body().at("/paymentPlan/status").stringValue()).isEqualTo("PENDING");
        assertThat(credith.get(PLAN + "0801199012345")
                        .body()
                        .at("/paymentPlan/billPaymentPlanId")
                        .stringValue())
                .isEqualTo(planId);
    }

    @Test
    void anOverduePlanIsStillActiveDebt() {
        credith.post(BILLS, installments(clientId, "7", 4, 10, "2020-01-10"));

        Response found = credith.get(PLAN + DNI);

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().at("/paymentPlan/status").stringValue()).isEqualTo("OVERDUE");
    }

    @Test
    void aDniWithoutActiveDebtIs404NamingTheDni() {
        Response missing = credith.get(PLAN + "0801-1985-00001");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(message(missing))
                .isEqualTo("No se ha encontrado deuda activa para el cliente [DNI: 0801-1985-00001]");
    }

    @Test
    void aPlanRequestWithoutDniIs400() {
        for (String path : List.of("/compat/credith/api/payment-plan", PLAN, PLAN + "%20")) {
            Response refused = credith.get(path);
            assertThat(refused.status()).as(path).isEqualTo(400);
            assertThat(message(refused)).as(path).isEqualTo("Por favor especifique el DNI");
        }
    }

    @Test
    void aDeletedClientsDebtIsStillFoundByDni() {
        String planId = credith.post(BILLS, installments(clientId, "7", 4, 10, "2099-01-10"))
                .body()
                .at("/paymentPlan/billPaymentPlanId")
                .stringValue();
        assertThat(credith.delete("/compat/credith/api/clients/" + clientId).status())
                .isEqualTo(200);

        Response found = credith.get(PLAN + DNI);

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().at("/paymentPlan/billPaymentPlanId").stringValue())
                .isEqualTo(planId);
    }

    @Test
    void hostileBillBodiesGetA4xxInCredithsShape() {
        List<String> bodies = List.of(
                "{\"paymentType\": ",
                "[]",
                "null",
                "{}",
                "{\"paymentType\": \"FIADO\", \"lines\": []}",
                "{\"paymentType\": 7, \"lines\": {}}",
                "{\"paymentType\": \"INSTALLMENT\", \"customer\": \"" + clientId + "\", \"lines\": [], \"months\": 2}",
                "{\"paymentType\": \"INSTALLMENT\", \"customer\": {\"clientId\": \"not-a-uuid\"}, \"months\": 2,"
                        + " \"lines\": [{\"description\": \"TV\", \"quantity\": 1, \"unitPrice\": 10}]}",
                "{\"paymentType\": \"INSTALLMENT\", \"customer\": {\"clientId\": [1]}, \"months\": \"doce\","
                        + " \"lines\": [{\"description\": \"TV\", \"quantity\": 1, \"unitPrice\": 10}]}",
                "{\"paymentType\": \"CASH\", \"lines\": [1, null, \"x\"]}",
                "{\"paymentType\": \"CASH\", \"discount\": 1e400, \"lines\": [{\"description\": \"TV\","
                        + " \"quantity\": 1e30, \"unitPrice\": -1}]}",
                "{\"paymentType\": \"CASH\", \"discount\": 500, \"lines\": [{\"description\": \"TV\", \"quantity\": 1,"
                        + " \"unitPrice\": 10}]}",
                "{\"paymentType\": \"INSTALLMENT\", \"customer\": {\"clientId\": \"" + clientId + "\"}, \"months\": 2,"
                        + " \"startingDate\": \"ayer\", \"paymentDay\": 40,"
                        + " \"lines\": [{\"description\": \"" + "x".repeat(20_000) + "\", \"quantity\": 1,"
                        + " \"unitPrice\": 10}]}");
        for (String body : bodies) {
            Response answer = credith.post(BILLS, body);
            assertThat(answer.status()).as(body).isBetween(400, 499);
            assertThat(message(answer)).as(body).isNotBlank();
        }
    }

    private static String installments(String clientId, String downPayment, int months, int paymentDay, String start) {
        return """
                {"paymentType": "INSTALLMENT", "customer": {"clientId": "%s", "name": "María López"},
                 "lines": [{"description": "Refrigeradora", "quantity": 2, "unitPrice": 100}],
                 "discount": 20, "downPayment": %s, "months": %d, "paymentDay": %d, "startingDate": "%s"}""".formatted(clientId, downPayment, months, paymentDay, start);
    }
}
