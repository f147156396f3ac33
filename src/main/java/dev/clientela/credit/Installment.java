package dev.clientela.credit;

import dev.clientela.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One monthly installment of a payment plan: a share of the principal, its interest, and what was paid. */
public record Installment(int number, LocalDate dueDate, BigDecimal amount, BigDecimal interest, BigDecimal paid) {

    static Installment unpaid(int number, LocalDate dueDate, BigDecimal amount, BigDecimal interest) {
        return new Installment(number, dueDate, amount, interest, Money.ZERO);
    }

    /** Principal and interest together: what settles this installment. */
    public BigDecimal due() {
        return amount.add(interest);
    }

    public BigDecimal owed() {
        return due().subtract(paid);
    }

    public boolean isPaid() {
        return owed().signum() == 0;
    }

    /** PAID, OVERDUE when past its due date unpaid, else PENDING. */
    public PaymentStatus status(LocalDate today) {
        if (isPaid()) {
            return PaymentStatus.PAID;
        }
        return dueDate.isBefore(today) ? PaymentStatus.OVERDUE : PaymentStatus.PENDING;
    }

    Installment pay(BigDecimal share) {
        return new Installment(number, dueDate, amount, interest, paid.add(share));
    }

    Installment numbered(int newNumber) {
        return new Installment(newNumber, dueDate, amount, interest, paid);
    }

    /** Closed at what was paid of it, so that a reschedule can carry the rest. */
    Installment closedAtPaid() {
        BigDecimal interestPaid = paid.min(interest);
        return new Installment(number, dueDate, paid.subtract(interestPaid), interestPaid, paid);
    }
}
