package dev.clientela.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.clientela.support.Seed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A plan's money, for any principal, months, payment day and monthly rate: its installments add up
 * to the principal plus the interest they carry, each interest is the rate on the principal still
 * owed, and any sequence of partial payments that adds up to the total leaves the plan paid.
 */
class PlanPaymentProperties {

    private static final Seed seed = Seed.forRun(PlanPaymentProperties.class);

    @Test
    void installmentsAddUpToThePrincipalPlusTheInterestOnWhatIsStillOwed() {
        seed.theory(2000)
                .forAll(amounts(), integers().between(1, 120), integers().between(1, 31), rates())
                .checkAssert((principal, months, paymentDay, rate) -> {
                    for (RoundingMode rounding : List.of(RoundingMode.DOWN, RoundingMode.HALF_UP)) {
                        List<Installment> schedule = InstallmentSchedule.of(
                                principal, months, paymentDay, LocalDate.of(2026, 1, 31), rate, 1, rounding);

                        assertThat(schedule).hasSize(months);
                        assertThat(sum(schedule, Installment::amount)).isEqualByComparingTo(principal);
                        BigDecimal outstanding = principal;
                        for (Installment i : schedule) {
                            assertThat(i.amount().signum()).isGreaterThanOrEqualTo(0);
                            assertThat(i.interest())
                                    .isEqualByComparingTo(
                                            outstanding.multiply(rate).setScale(2, RoundingMode.HALF_UP));
                            assertThat(i.amount().scale()).isEqualTo(2);
                            assertThat(i.interest().scale()).isEqualTo(2);
                            outstanding = outstanding.subtract(i.amount());
                        }
                        assertThat(sum(schedule, Installment::due))
                                .isEqualByComparingTo(principal.add(sum(schedule, Installment::interest)));
                    }
                });
    }

    @Test
    void anySequenceOfPartialPaymentsAddingUpToTheTotalPaysEveryInstallment() {
        seed.theory(1000)
                .forAll(amounts(), integers().between(1, 36), rates(), longs().all())
                .checkAssert((principal, months, rate, split) -> {
                    PaymentPlan plan = plan(principal, months, rate);
                    BigDecimal total = plan.total();
                    Random random = new Random(split);
                    int payments = 1 + random.nextInt(8);
                    while (plan.balance().signum() > 0) {
                        int from = payments-- > 1 ? firstOpenOrLater(plan, random) : 1;
                        BigDecimal owed = plan.owedFrom(from);
                        BigDecimal amount = payments > 0 ? part(owed, random) : owed;
                        if (amount.signum() == 0) {
                            continue;
                        }
                        plan = paid(plan, amount, plan.applyPayment(amount, from));
                    }

                    assertThat(plan.paid()).isEqualByComparingTo(total);
                    assertThat(plan.installments())
                            .allSatisfy(i -> assertThat(i.isPaid()).isTrue());
                    assertThat(sum(plan.installments(), Installment::paid)).isEqualByComparingTo(total);
                });
    }

    @Test
    void aRescheduleKeepsTheBalanceAndTheInstallmentsPaid() {
        seed.theory(1000)
                .forAll(amounts(), integers().between(2, 36), integers().between(1, 36), longs().all())
                .checkAssert((principal, months, newMonths, split) -> {
                    PaymentPlan plan = plan(principal, months, BigDecimal.ZERO.setScale(4));
                    BigDecimal first = part(plan.balance(), new Random(split));
                    if (first.signum() > 0 && first.compareTo(plan.balance()) < 0) {
                        plan = paid(plan, first, plan.applyPayment(first, 1));
                    }
                    int open = plan.open().size();
                    int asked = Math.min(newMonths, open);

                    PaymentPlan.Reschedule reschedule = plan.reschedule(asked, LocalDate.of(2026, 3, 31));

                    List<Installment> after = reschedule.installments();
                    assertThat(reschedule.balance()).isEqualByComparingTo(plan.balance());
                    assertThat(sum(after, Installment::amount)).isEqualByComparingTo(principal);
                    assertThat(sum(after, Installment::paid)).isEqualByComparingTo(plan.paid());
                    assertThat(after.stream().filter(i -> !i.isPaid()).count()).isEqualTo(asked);
                    assertThat(after).extracting(Installment::number).doesNotHaveDuplicates();
                    assertThat(after.stream().filter(i -> !i.isPaid()))
                            .allSatisfy(i -> assertThat(i.dueDate()).isAfter(LocalDate.of(2026, 3, 31)));
                });
    }

    private static PaymentPlan plan(BigDecimal principal, int months, BigDecimal rate) {
        List<Installment> schedule =
                InstallmentSchedule.of(principal, months, 15, LocalDate.of(2026, 1, 10), rate, 1, RoundingMode.HALF_UP);
        return new PaymentPlan(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                "HNL",
                principal,
                rate,
                sum(schedule, Installment::interest),
                BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2),
                PaymentStatus.PENDING,
                months,
                15,
                LocalDate.of(2026, 1, 10),
                null,
                null,
                schedule);
    }

    /** The plan after a payment, as the repository stores it. */
    private static PaymentPlan paid(PaymentPlan plan, BigDecimal amount, List<Installment> changed) {
        List<Installment> installments = new ArrayList<>(plan.installments());
        for (Installment c : changed) {
            installments.replaceAll(i -> i.number() == c.number() ? c : i);
        }
        assertThat(sum(changed, Installment::paid)
                        .subtract(sum(
                                plan.installments().stream()
                                        .filter(i -> changed.stream().anyMatch(c -> c.number() == i.number()))
                                        .toList(),
                                Installment::paid)))
                .isEqualByComparingTo(amount);
        return new PaymentPlan(
                plan.id(),
                plan.clientId(),
                plan.billId(),
                plan.currency(),
                plan.financed(),
                plan.interestRate(),
                plan.interest(),
                plan.downPayment(),
                plan.paid().add(amount),
                plan.paid().add(amount).compareTo(plan.total()) == 0 ? PaymentStatus.PAID : PaymentStatus.PENDING,
                plan.months(),
                plan.paymentDay(),
                plan.startingDate(),
                null,
                null,
                installments);
    }

    private static int firstOpenOrLater(PaymentPlan plan, Random random) {
        List<Installment> open = plan.open();
        return open.get(random.nextInt(open.size())).number();
    }

    /** Some of {@code owed}, in cents, possibly all of it. */
    private static BigDecimal part(BigDecimal owed, Random random) {
        long cents = owed.movePointRight(2).longValueExact();
        return BigDecimal.valueOf(cents <= 1 ? cents : 1 + (long) (random.nextDouble() * cents), 2);
    }

    private static BigDecimal sum(
            List<Installment> installments, java.util.function.Function<Installment, BigDecimal> f) {
        return installments.stream().map(f).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** From one cent to 999,999,999.99, always with two decimals. */
    private static Gen<BigDecimal> amounts() {
        return longs().between(1, 99_999_999_999L).map(cents -> BigDecimal.valueOf(cents, 2));
    }

    /** Monthly rates from 0% to 10%, in hundredths of a percent; a quarter of them 0%. */
    private static Gen<BigDecimal> rates() {
        return integers().between(-333, 1000).map(bp -> BigDecimal.valueOf(Math.max(0, bp), 4));
    }
}
