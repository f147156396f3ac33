package dev.clientela.credit;

import dev.clientela.money.Money;
import java.math.BigDecimal;
import java.time.Instant;

/** A payment as asked for: how much, from which installment on, and when it was paid. */
public record PaymentOrder(BigDecimal amount, int fromInstallment, Instant paidAt) {

    public PaymentOrder {
        if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2 || fromInstallment < 1) {
            throw new IllegalArgumentException("A payment is a positive amount of cents from installment 1 on");
        }
        amount = Money.exact(amount);
    }
}
