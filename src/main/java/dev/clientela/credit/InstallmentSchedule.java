package dev.clientela.credit;

import dev.clientela.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a principal into monthly installments: equal amounts cut to the cent (or rounded to the
 * nearest cent, as some systems do, when that leaves the last one something to take), the last one
 * taking the remainder so that they always add up to the principal; installment i falls due i months after
 * the starting date, on the payment day or the month's last day when the month is shorter. Each
 * installment's interest is the monthly rate on the principal still owed before it, rounded to the
 * cent (half up), so a plan at 0% carries no interest at all.
 */
final class InstallmentSchedule {

    private InstallmentSchedule() {}

    static List<Installment> of(BigDecimal financed, int months, int paymentDay, LocalDate startingDate) {
        return of(financed, months, paymentDay, startingDate, BigDecimal.ZERO, 1, RoundingMode.DOWN);
    }

    static List<Installment> of(
            BigDecimal principal,
            int months,
            int paymentDay,
            LocalDate startingDate,
            BigDecimal monthlyRate,
            int firstNumber,
            RoundingMode rounding) {
        if (months <= 0 || principal.signum() <= 0) {
            return List.of();
        }
        BigDecimal each = Money.share(principal, months, rounding);
        if (each.multiply(BigDecimal.valueOf(months - 1)).compareTo(principal) > 0) {
            each = Money.share(principal, months, RoundingMode.DOWN);
        }
        BigDecimal last = principal.subtract(each.multiply(BigDecimal.valueOf(months - 1)));
        List<Installment> installments = new ArrayList<>(months);
        BigDecimal outstanding = principal;
        for (int i = 1; i <= months; i++) {
            YearMonth month = YearMonth.from(startingDate).plusMonths(i);
            LocalDate due = month.atDay(Math.min(paymentDay, month.lengthOfMonth()));
            BigDecimal amount = Money.exact(i == months ? last : each);
            BigDecimal interest = Money.cents(outstanding.multiply(monthlyRate));
            installments.add(Installment.unpaid(firstNumber + i - 1, due, amount, interest));
            outstanding = outstanding.subtract(amount);
        }
        return installments;
    }
}
