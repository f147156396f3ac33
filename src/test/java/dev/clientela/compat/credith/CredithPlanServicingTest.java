package dev.clientela.compat.credith;

import static dev.clientela.compat.credith.CredithClientsTest.message;
import static dev.clientela.compat.credith.CredithPaymentPlanSuiteTest.BASE;
import static dev.clientela.compat.credith.CredithPaymentPlanSuiteTest.CLIENT_DNI;
import static dev.clientela.compat.credith.CredithPaymentPlanSuiteTest.defaultCashBill;
import static dev.clientela.compat.credith.CredithPaymentPlanSuiteTest.defaultInstallmentBill;
import static dev.clientela.compat.credith.CredithPaymentPlanSuiteTest.planId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Where Credith was wrong, the profile is exact and says no clearly: money to the cent, amounts and
 * months that are not what they claim, ids that are not ids, a recalculation at a month's last
 * instant; and what Credith's suite did not cover: interest, pending payments, references, retries.
 */
class CredithPlanServicingTest extends ApiTest {

    private String admin;
    private Api credith;
    private String clientId;

    @BeforeEach
    void aStoreWithAClient() {
        clock.set("2026-06-23");
        admin = openTenant("Credith", "HN");
        credith = api.as(admin);
        clientId = credith.post(BASE + "/clients", """
                {"name": "Juan Pérez Rodríguez", "dni": "%s", "phone": "9999-0001"}""".formatted(CLIENT_DNI))
                .body()
                .at("/client/clientId")
                .stringValue();
    }

    @Test
    void aPlansMoneyIsExactToTheCent() {
        JsonNode bill = bill(defaultInstallmentBill(clientId)).body();

        // 10999 x 1.15 = 12648.85; less 2000 down: 10648.85 over three months
        assertThat(bill.get("subtotal").decimalValue()).isEqualByComparingTo("10999.00");
        assertThat(bill.get("isv_15_amount").decimalValue()).isEqualByComparingTo("1649.85");
        assertThat(bill.get("total").decimalValue()).isEqualByComparingTo("12648.85");
        JsonNode plan = bill.get("paymentPlan");
        assertThat(plan.get("totalToPay").decimalValue()).isEqualByComparingTo("12648.85");
        assertThat(plan.get("initialPayment").decimalValue()).isEqualByComparingTo("2000.00");
        assertThat(column(plan, "paymentAmount")).containsExactly("3549.62", "3549.62", "3549.61");
        assertThat(column(plan, "interestToPay")).containsExactly("0.00", "0.00", "0.00");
        assertThat(plan.at("/monthlyPayments/0/paymentDeadline").stringValue()).isEqualTo("2026-08-15T00:00:00Z");
        assertThat(plan.get("status").stringValue()).isEqualTo("PENDING");
    }

    @Test
    void aMonthlyInterestRateIsChargedAndPaidToTheCent() {
        JsonNode plan = bill(defaultInstallmentBill(clientId).replace("\"interestRate\": 0", "\"interestRate\": 2.5"))
                .body()
                .get("paymentPlan");

        // 10648.85 x 2.5% = 266.22; 7099.23 x 2.5% = 177.48; 3549.61 x 2.5% = 88.74
        assertThat(column(plan, "interestToPay")).containsExactly("266.22", "177.48", "88.74");
        assertThat(plan.get("interestRate").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(plan.get("totalToPay").decimalValue()).isEqualByComparingTo("13181.29");

        Response paid = pay(plan.get("billPaymentPlanId").stringValue(), "{\"amount\": 11181.29, \"month\": 0}");
        assertThat(paid.status()).as(paid.text()).isEqualTo(200);
        assertThat(paid.body().get("payedAmount").decimalValue()).isEqualByComparingTo("13181.29");
        assertThat(paid.body().at("/paymentPlan/status").stringValue()).isEqualTo("PAYED");
    }

    @Test
    void aPaymentThatIsNotAPositiveAmountOfCentsIs400AndChangesNothing() {
        String planId = planId(bill(defaultInstallmentBill(clientId)));

        for (String amount : List.of("-100", "0", "\"3000\"", "null", "true", "10.005", "1e400")) {
            Response refused = pay(planId, "{\"amount\": " + amount + ", \"month\": 0}");
            assertThat(refused.status()).as(amount).isEqualTo(400);
            assertThat(message(refused)).as(amount).startsWith("El monto del pago");
        }
        assertThat(message(pay(planId, "{\"month\": 0}"))).isEqualTo("El monto del pago debe ser un numero");
        assertThat(payedAmount()).isEqualTo("2000.00");
    }

    @Test
    void aMonthThatIsNotAPositionOfThePlanIs400AndChangesNothing() {
        String planId = planId(bill(defaultInstallmentBill(clientId)));

        for (String month : List.of("-1", "1.5", "\"1\"", "[0]")) {
            Response refused = pay(planId, "{\"amount\": 100, \"month\": " + month + "}");
            assertThat(refused.status()).as(month).isEqualTo(400);
            assertThat(message(refused)).as(month).isEqualTo("El mes debe ser un numero entero desde 0");
        }
        assertThat(message(pay(planId, "{\"amount\": 100, \"month\": 99}")))
                .isEqualTo("El plan de pago solo cuenta con 3 meses");
        assertThat(payedAmount()).isEqualTo("2000.00");
    }

    @Test
    void aPaymentOfMoreThanIsOwedFromItsMonthIs400RatherThanSwallowed() {
        String planId = planId(bill(defaultInstallmentBill(clientId)));

        Response refused = pay(planId, "{\"amount\": 7099.24, \"month\": 1}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(message(refused)).isEqualTo("El monto excede lo pendiente desde el mes 1 (7099.23)");
        assertThat(pay(planId, "{\"amount\": 7099.23, \"month\": 1}").status()).isEqualTo(200);
        assertThat(payedAmount()).isEqualTo("9099.23");
    }

    @Test
    void aPlanIdThatIsNoIdIs404InsteadOfAServerError() {
        for (String id : List.of("abc", "1", "00000000-0000-0000-0000-00000000000Z", "%20")) {
            Response pay = pay(id, "{\"amount\": 100, \"month\": 0}");
            Response recalculate = credith.post(BASE + "/payment-plan/" + id + "/recalculate", "{\"newMonths\": 1}");
            assertThat(pay.status()).as(id).isEqualTo(404);
            assertThat(message(pay)).as(id).startsWith("No se ha encontrado plan de pago con id: ");
            assertThat(recalculate.status()).as(id).isEqualTo(404);
        }
    }

    @Test
    void newMonthsThatAreNotAWholeNumberAre400() {
        String planId = planId(bill(defaultInstallmentBill(clientId)));

        for (String months : List.of("\"dos\"", "1.5", "null", "[]")) {
            Response refused =
                    credith.post(BASE + "/payment-plan/" + planId + "/recalculate", "{\"newMonths\": " + months + "}");
            assertThat(refused.status()).as(months).isEqualTo(400);
            assertThat(message(refused)).as(months).isEqualTo("El numero de meses debe ser un numero entero.");
        }
    }

    @Test
    void aRecalculationAtTheLastInstantOfAMonthStartsWithTheNextMonth() {
        String planId = planId(bill(defaultInstallmentBill(clientId)));
        pay(planId, "{\"amount\": 3549.62, \"month\": 0}");
        clock.set(Instant.parse("2026-07-31T23:59:59.999Z"));

        JsonNode plan = credith.post(BASE + "/payment-plan/" + planId + "/recalculate", "{\"newMonths\": 1}")
                .body();

        assertThat(plan.get("monthsToPay").intValue()).isEqualTo(2);
        assertThat(plan.at("/monthlyPayments/0/isPayed").booleanValue()).isTrue();
        assertThat(plan.at("/monthlyPayments/1/paymentDeadline").stringValue()).isEqualTo("2026-08-15T00:00:00Z");
        assertThat(plan.at("/monthlyPayments/1/paymentAmount").decimalValue()).isEqualByComparingTo("7099.23");
        assertThat(plan.get("status").stringValue()).isEqualTo("PENDING");
    }

    @Test
    void pendingPaymentsAreTheUnpaidMonthsDueBeforeNextMonthWithTheirClient() {
        String planId = planId(bill(defaultInstallmentBill(clientId)));
        clock.set("2026-09-20");
        pay(planId, "{\"amount\": 3549.62, \"month\": 0}");

        Response pending = credith.get(BASE + "/payment-plan/pending-payments");

        assertThat(pending.status()).as(pending.text()).isEqualTo(200);
        assertThat(pending.body().at("/period/type").stringValue()).isEqualTo("upToCurrentMonth");
        assertThat(pending.body().at("/period/month").intValue()).isEqualTo(9);
        assertThat(pending.body().at("/period/endDate").stringValue()).isEqualTo("2026-10-01");
        JsonNode payments = pending.body().get("pendingPayments");
        assertThat(payments.size()).isEqualTo(1);
        JsonNode september = payments.get(0);
        assertThat(september.get("billPaymentPlanId").stringValue()).isEqualTo(planId);
        assertThat(september.get("paymentDeadline").stringValue()).isEqualTo("2026-09-15T00:00:00Z");
        assertThat(september.get("amountToPay").decimalValue()).isEqualByComparingTo("3549.62");
        assertThat(september.get("planStatus").stringValue()).isEqualTo("OVERDUE");
        assertThat(september.at("/client/clientId").stringValue()).isEqualTo(clientId);
        assertThat(september.at("/client/dni").stringValue()).isEqualTo(CLIENT_DNI);
        assertThat(september.at("/client/name").stringValue()).isEqualTo("Juan Pérez Rodríguez");
    }

    @Test
    void pendingPaymentsAreForAdministratorsOnly() {
        Response operator = api.as(keyWithRole(admin, "OPERATOR")).get(BASE + "/payment-plan/pending-payments");

        assertThat(operator.status()).isEqualTo(403);
        assertThat(message(operator)).isEqualTo("No tiene permiso para realizar esta accion");
    }

    @Test
    void aRetriedPaymentWithTheSameIdempotencyKeyIsAppliedOnce() {
        String planId = planId(bill(defaultInstallmentBill(clientId)));
        Api retrying = credith.with("Idempotency-Key", "caja-1-pago-77");

        Response first = retrying.post(BASE + "/payment-plan/" + planId + "/pay", "{\"amount\": 1000, \"month\": 0}");
        Response again = retrying.post(BASE + "/payment-plan/" + planId + "/pay", "{\"amount\": 1000, \"month\": 0}");

        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(payedAmount()).isEqualTo("3000.00");
    }

    @Test
    void theIdsTheRegistryDoesNotInterpretAreKeptWithTheBill() {
        String billId =
                bill(defaultInstallmentBill(clientId)).body().get("billId").stringValue();

        JsonNode references = credith.get("/api/v1/bills/" + billId).body().get("references");

        assertThat(references.get("companyId").stringValue()).isEqualTo("a1b2c3d4-e5f6-4789-abcd-ef0123456789");
        assertThat(references.get("storeId").stringValue()).isEqualTo("c3d4e5f6-a7b8-490a-bcde-f01234567891");
        assertThat(references.get("userId").stringValue()).isEqualTo("f6a7b8c9-d0e1-4c0d-ef01-234567891234");
        assertThat(references.get("caiRangeId").stringValue()).isEqualTo("b6c7d8e9-f0a1-4e21-2345-678912345694");
        assertThat(references.get("details.1.productId").stringValue())
                .isEqualTo("f8a9b0c1-d2e3-4c11-2345-678912345686");
        assertThat(references.get("customerName").stringValue()).isEqualTo("Juan Pérez Rodríguez");
    }

    @Test
    void aDetailsDiscountIsTakenOffItsTotalAndTheSentTotalMustAgreeToTheCent() {
        String discounted = defaultCashBill()
                .replace(
                        "\"discountPercentage\": 0,\n      \"discountAmount\": 0,\n      \"total\": 10999",
                        "\"discountPercentage\": 10,\n      \"discountAmount\": 1099.9,\n      \"total\": 9899.1");
        Response billed = bill(discounted);
        assertThat(billed.body().get("subtotal").decimalValue()).isEqualByComparingTo("9899.10");
        // 9899.10 x 1.15 = 11383.965 -> 11383.97
        assertThat(billed.body().get("total").decimalValue()).isEqualByComparingTo("11383.97");

        Response wrongTotal = credith.post(BASE + "/bills", discounted.replace("9899.1", "9899.11"));
        assertThat(wrongTotal.status()).isEqualTo(400);
        assertThat(message(wrongTotal)).isEqualTo("Total [9899.10] del producto #1 es invalido");
    }

    @Test
    void aBillCredithWouldRefuseOrFailOnIs400InItsWords() {
        String good = defaultInstallmentBill(clientId);
        assertThat(message(credith.post(BASE + "/bills", good.replace("\"INSTALLMENT\"", "\"FIADO\""))))
                .isEqualTo("El tipo de pago [FIADO] es invalido");
        assertThat(message(credith.post(
                        BASE + "/bills", good.replace("f8a9b0c1-d2e3-4c11-2345-678912345686", "producto-1"))))
                .isEqualTo("ID del producto 1 es inválido. Recarga el catálogo e intenta de nuevo.");
        assertThat(message(credith.post(BASE + "/bills", good.replace("\"sellPrice\": 10999", "\"sellPrice\": -5"))))
                .isEqualTo("El precio del producto 1 no puede ser negativo");
        assertThat(message(credith.post(BASE + "/bills", good.replace("\"payment\": 2000", "\"payment\": \"2000\""))))
                .isEqualTo("El pago inicial debe ser un numero");
        assertThat(message(credith.post(BASE + "/bills", good.replace("\"monthsToPay\": 3", "\"monthsToPay\": 2.5"))))
                .isEqualTo("El numero de meses (monthsToPay) debe ser un numero entero");
        assertThat(credith.get("/api/v1/payment-plans").body().get("data").size())
                .isZero();
    }

    private Response bill(String body) {
        Response billed = credith.post(BASE + "/bills", body);
        assertThat(billed.status()).as(billed.text()).isEqualTo(201);
        return billed;
    }

    private Response pay(String planId, String body) {
        return credith.post(BASE + "/payment-plan/" + planId + "/pay", body);
    }

    private String payedAmount() {
        return credith.get(BASE + "/payment-plan/" + CLIENT_DNI)
                .body()
                .at("/paymentPlan/payedAmount")
                .decimalValue()
                .setScale(2)
                .toPlainString();
    }

    private static List<String> column(JsonNode plan, String field) {
        return plan.get("monthlyPayments")
                .valueStream()
                .map(m -> m.get(field).decimalValue().setScale(2).toPlainString())
                .toList();
    }
}
