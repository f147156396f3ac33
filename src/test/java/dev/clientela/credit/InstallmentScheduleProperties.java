package dev.clientela.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.clientela.support.Seed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class InstallmentScheduleProperties {

    private static final Seed seed = Seed.forRun(InstallmentScheduleProperties.class);

    @Test
    void thousandOverThreeMonthsLeavesTheCentToTheLastInstallment() {
        List<Installment> schedule =
                InstallmentSchedule.of(new BigDecimal("1000.00"), 3, 31, LocalDate.of(2027, 1, 10));

        assertThat(schedule).extracting(i -> i.amount().toPlainString()).containsExactly("333.33", "333.33", "333.34");
        assertThat(schedule)
                .extracting(Installment::dueDate)
                .containsExactly(LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31), LocalDate.of(2027, 4, 30));
    }

    @Test
    void installmentsAlwaysAddUpToTheFinancedAmount() {
        seed.theory(2000).forAll(amounts(), integers().between(1, 120)).checkAssert((financed, months) -> {
            List<Installment> schedule = InstallmentSchedule.of(financed, months, 15, LocalDate.of(2026, 5, 1));

            assertThat(schedule).hasSize(months);
            BigDecimal sum = schedule.stream().map(Installment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).isEqualByComparingTo(financed);
            assertThat(schedule).allSatisfy(i -> assertThat(i.amount().signum()).isGreaterThanOrEqualTo(0));
            BigDecimal first = schedule.getFirst().amount();
            assertThat(schedule.getLast().amount()).isGreaterThanOrEqualTo(first);
            assertThat(schedule.subList(0, months - 1))
                    .allSatisfy(i -> assertThat(i.amount()).isEqualByComparingTo(first));
        });
    }

    @Test
    void eachInstallmentFallsDueInItsOwnMonthNeverPastTheMonthsEnd() {
        seed.theory(500)
                .forAll(
                        integers().between(1, 31),
                        integers().between(1, 36),
                        integers().between(0, 3650))
                .checkAssert((paymentDay, months, daysFromEpoch) -> {
                    LocalDate start = LocalDate.of(2024, 1, 1).plusDays(daysFromEpoch);
                    List<Installment> schedule =
                            InstallmentSchedule.of(new BigDecimal("100.00"), months, paymentDay, start);

                    for (Installment i : schedule) {
                        LocalDate month = start.withDayOfMonth(1).plusMonths(i.number());
                        assertThat(i.dueDate().withDayOfMonth(1)).isEqualTo(month);
                        assertThat(i.dueDate().getDayOfMonth()).isEqualTo(Math.min(paymentDay, month.lengthOfMonth()));
                    }
                });
    }

    /** From one cent to 999,999,999.99, always with two decimals. */
    private static Gen<BigDecimal> amounts() {
        return longs().between(1, 99_999_999_999L).map(cents -> BigDecimal.valueOf(cents, 2));
    }
}
