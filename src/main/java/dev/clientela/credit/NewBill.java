package dev.clientela.credit;

import dev.clientela.sales.Line;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A bill as asked for: how it is paid, by whom, what was bought and, for installments, the plan's terms. */
public record NewBill(
        String paymentType,
        UUID clientId,
        String currency,
        List<Line> lines,
        BigDecimal discount,
        BigDecimal taxRate,
        BigDecimal downPayment,
        int months,
        int paymentDay,
        LocalDate startingDate,
        BigDecimal monthlyInterestRate,
        RoundingMode installmentRounding,
        Map<String, String> references) {

    /** How equal installments are cut to the cent: DOWN (the default) or to the NEAREST cent. */
    public enum InstallmentRounding {
        DOWN,
        NEAREST
    }

    public enum PaymentType {
        CASH,
        INSTALLMENT
    }

    public boolean installments() {
        return paymentType.equals("INSTALLMENT");
    }
}
