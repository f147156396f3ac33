package dev.clientela.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a financed amount into monthly installments: equal amounts cut to the cent, the last one
 * taking the remainder so that they always add up to the amount; installment i falls due i months
 * after the starting date, on the payment day or the month's last day when the month is shorter.
 */
final class InstallmentSchedule {

    private InstallmentSchedule() {}

    static List<Installment> of(BigDecimal financed, int months, int paymentDay, LocalDate startingDate) {
        if (months <= 0 || financed.signum() <= 0) {
            return List.of();
        }
        BigDecimal each = financed.divide(BigDecimal.valueOf(months), 2, RoundingMode.DOWN);
        BigDecimal last = financed.subtract(each.multiply(BigDecimal.valueOf(months - 1)));
        List<Installment> installments = new ArrayList<>(months);
        for (int i = 1; i <= months; i++) {
            YearMonth month = YearMonth.from(startingDate).plusMonths(i);
            LocalDate due = month.atDay(Math.min(paymentDay, month.lengthOfMonth()));
            BigDecimal amount = i == months ? last : each;
            installments.add(new Installment(i, due, amount.setScale(2), BigDecimal.ZERO.setScale(2)));
        }
        return installments;
    }
}
