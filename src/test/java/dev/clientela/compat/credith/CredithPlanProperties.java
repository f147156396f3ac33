package dev.clientela.compat.credith;

import static dev.clientela.compat.credith.CredithPaymentPlanSuiteTest.BASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import dev.clientela.support.Seed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Credith's plans through the profile, for any price, months, payment day, down payment and
 * monthly interest: the monthly payments add up to what is financed plus their interest to the
 * cent, and paying it all in any number of partial payments, from any open month, leaves the plan
 * PAYED with {@code payedAmount} equal to {@code totalToPay}.
 */
class CredithPlanProperties extends ApiTest {

    private static final Seed seed = Seed.forRun(CredithPlanProperties.class);

    @Test
    void monthlyPaymentsAddUpAndPayingThemAllInPartsLeavesThePlanPayed() {
        clock.set("2026-06-23");
        Api credith = api.as(openTenant("Credith", "HN"));
        String clientId = credith.post(BASE + "/clients", "{\"name\": \"Juan Pérez\", \"dni\": \"0801199901234\"}")
                .body()
                .at("/client/clientId")
                .stringValue();

        seed.theory(25)
                .forAll(
                        longs().between(1, 10_000_000_00L),
                        integers().between(1, 24),
                        integers().between(1, 31),
                        longs().all())
                .checkAssert((priceCents, months, paymentDay, rest) -> {
                    Random random = new Random(rest);
                    BigDecimal price = BigDecimal.valueOf(priceCents, 2);
                    BigDecimal down = BigDecimal.valueOf((long) (random.nextDouble() * priceCents), 2);
                    BigDecimal rate = BigDecimal.valueOf(random.nextInt(4) == 0 ? 0 : random.nextInt(51), 1);
                    Response billed =
                            credith.post(BASE + "/bills", bill(clientId, price, down, months, paymentDay, rate));
                    assertThat(billed.status()).as(billed.text()).isEqualTo(201);
                    JsonNode plan = billed.body().get("paymentPlan");
                    BigDecimal totalToPay = plan.get("totalToPay").decimalValue();
                    BigDecimal initial = plan.get("initialPayment").decimalValue();

                    BigDecimal principal = BigDecimal.ZERO;
                    BigDecimal interest = BigDecimal.ZERO;
                    for (JsonNode month : plan.get("monthlyPayments")) {
                        principal = principal.add(month.get("paymentAmount").decimalValue());
                        interest = interest.add(month.get("interestToPay").decimalValue());
                    }
                    BigDecimal total = billed.body().get("total").decimalValue();
                    assertThat(principal).isEqualByComparingTo(total.subtract(initial));
                    assertThat(totalToPay).isEqualByComparingTo(total.add(interest));
                    if (rate.signum() == 0) {
                        assertThat(interest).isEqualByComparingTo("0");
                    }

                    String planId = plan.get("billPaymentPlanId").stringValue();
                    int payments = 1 + random.nextInt(6);
                    JsonNode answer = null;
                    while (!plan.get("status").stringValue().equals("PAYED")) {
                        List<Integer> open = openMonths(plan);
                        boolean last = --payments <= 0;
                        int from = last ? open.getFirst() : open.get(random.nextInt(open.size()));
                        BigDecimal owed = owedFrom(plan, from);
                        BigDecimal amount = last ? owed : part(owed, random);
                        Response paid = credith.post(
                                BASE + "/payment-plan/" + planId + "/pay",
                                "{\"amount\": " + amount.toPlainString() + ", \"month\": " + from + "}");
                        assertThat(paid.status()).as(paid.text()).isEqualTo(200);
                        answer = paid.body();
                        plan = answer.get("paymentPlan");
                    }
                    BigDecimal payed = answer == null
                            ? plan.get("payedAmount").decimalValue()
                            : answer.get("payedAmount").decimalValue();
                    assertThat(payed).isEqualByComparingTo(totalToPay);
                    assertThat(plan.get("monthlyPayments").valueStream())
                            .allSatisfy(m ->
                                    assertThat(m.get("isPayed").booleanValue()).isTrue());
                });
    }

    private static String bill(
            String clientId, BigDecimal price, BigDecimal down, int months, int paymentDay, BigDecimal rate) {
        return """
                {"paymentType": "INSTALLMENT",
                 "details": [{"productName": "Producto", "quantity": 1, "sellPrice": %s, "discountPercentage": 0}],
                 "customer": {"clientId": "%s"},
                 "paymentData": {"payment": %s, "startingDate": "2026-07-01", "monthsToPay": %d, "paymentDay": %d,
                                 "interestRate": %s}}""".formatted(
                price.toPlainString(), clientId, down.toPlainString(), months, paymentDay, rate.toPlainString());
    }

    private static List<Integer> openMonths(JsonNode plan) {
        List<Integer> open = new ArrayList<>();
        JsonNode months = plan.get("monthlyPayments");
        for (int m = 0; m < months.size(); m++) {
            if (!months.get(m).get("isPayed").booleanValue()) {
                open.add(m);
            }
        }
        return open;
    }

    private static BigDecimal owedFrom(JsonNode plan, int from) {
        BigDecimal owed = BigDecimal.ZERO;
        JsonNode months = plan.get("monthlyPayments");
        for (int m = from; m < months.size(); m++) {
            JsonNode month = months.get(m);
            owed = owed.add(month.get("paymentAmount").decimalValue())
                    .add(month.get("interestToPay").decimalValue())
                    .subtract(month.get("payedAmount").decimalValue());
        }
        return owed;
    }

    /** Some of {@code owed}, in cents, at least one cent. */
    private static BigDecimal part(BigDecimal owed, Random random) {
        long cents = owed.movePointRight(2).longValueExact();
        return BigDecimal.valueOf(cents <= 1 ? cents : 1 + (long) (random.nextDouble() * (cents - 1)), 2);
    }
}
