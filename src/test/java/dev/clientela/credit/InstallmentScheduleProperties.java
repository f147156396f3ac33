package dev.clientela.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class InstallmentScheduleProperties {

    @Test
    void thousandOverThreeMonthsLeavesTheCentToTheLastInstallment() {
        List<Installment> schedule =
                InstallmentSchedule.of(new BigDecimal("1000.00"), 3, 31, LocalDate.of(2027, 1, 10));

        assertThat(schedule).extracting(i -> i.amount().toPlainString()).containsExactly("333.33", "333.33", "333.34");
        assertThat(schedule)
                .extracting(Installment::dueDate)
                .containsExactly(LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31), LocalDate.of(2027, 4, 30));
    }

    @Property(tries = 2000)
    void installmentsAlwaysAddUpToTheFinancedAmount(
            @ForAll @BigRange(min = "0.01", max = "999999999.99") @Scale(2) BigDecimal financed,
            @ForAll @IntRange(min = 1, max = 120) int months) {
        List<Installment> schedule = InstallmentSchedule.of(financed, months, 15, LocalDate.of(2026, 5, 1));

        assertThat(schedule).hasSize(months);
        BigDecimal sum = schedule.stream().map(Installment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(financed);
        assertThat(schedule).allSatisfy(i -> assertThat(i.amount().signum()).isGreaterThanOrEqualTo(0));
        BigDecimal first = schedule.getFirst().amount();
        assertThat(schedule.getLast().amount()).isGreaterThanOrEqualTo(first);
        assertThat(schedule.subList(0, months - 1))
                .allSatisfy(i -> assertThat(i.amount()).isEqualByComparingTo(first));
    }

    @Property(tries = 500)
    void eachInstallmentFallsDueInItsOwnMonthNeverPastTheMonthsEnd(
            @ForAll @IntRange(min = 1, max = 31) int paymentDay,
            @ForAll @IntRange(min = 1, max = 36) int months,
            @ForAll @IntRange(min = 0, max = 3650) int daysFromEpoch) {
        LocalDate start = LocalDate.of(2024, 1, 1).plusDays(daysFromEpoch);
        List<Installment> schedule = InstallmentSchedule.of(new BigDecimal("100.00"), months, paymentDay, start);

        for (Installment i : schedule) {
            LocalDate month = start.withDayOfMonth(1).plusMonths(i.number());
            assertThat(i.dueDate().withDayOfMonth(1)).isEqualTo(month);
            assertThat(i.dueDate().getDayOfMonth()).isEqualTo(Math.min(paymentDay, month.lengthOfMonth()));
        }
    }
}
