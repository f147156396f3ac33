package dev.clientela.credit;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One monthly installment of a payment plan. */
public record Installment(int number, LocalDate dueDate, BigDecimal amount, BigDecimal paid) {

    public BigDecimal owed() {
        return amount.subtract(paid);
    }

    /** PAID, OVERDUE when past its due date unpaid, else PENDING. */
    public String status(LocalDate today) {
        if (owed().signum() == 0) {
            return "PAID";
        }
        return dueDate.isBefore(today) ? "OVERDUE" : "PENDING";
    }
}
