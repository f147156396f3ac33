package dev.clientela.credit;

import com.github.f4b6a3.uuid.UuidCreator;
import dev.clientela.money.Money;
import dev.clientela.sales.Line;
import dev.clientela.sales.Lines;
import dev.clientela.web.ApiProblem;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A bill paid in cash or in installments; {@code references} are the ids its source system gave it
 * (company, store, cashier, products), kept but not interpreted.
 */
public record Bill(
        UUID id,
        UUID clientId,
        String paymentType,
        String currency,
        List<Line> lines,
        BigDecimal subtotal,
        BigDecimal discount,
        BigDecimal taxRate,
        BigDecimal tax,
        BigDecimal total,
        BigDecimal downPayment,
        Map<String, String> references,
        Instant createdAt) {

    /**
     * Prices a bill: the lines, less the discount, plus tax at {@code taxRate}; the discount may
     * not exceed the lines.
     */
    static Bill price(NewBill order, String currency, BigDecimal taxRate) {
        BigDecimal subtotal = Lines.sum(order.lines());
        if (order.discount().compareTo(subtotal) > 0) {
            throw ApiProblem.invalid("discount", "out_of_range", "cannot exceed the sum of the lines");
        }
        BigDecimal taxable = subtotal.subtract(order.discount());
        BigDecimal tax = Money.cents(taxable.multiply(taxRate));
        return new Bill(
                UuidCreator.getTimeOrderedEpoch(),
                order.clientId(),
                order.paymentType(),
                currency,
                order.lines(),
                subtotal,
                order.discount(),
                taxRate,
                tax,
                taxable.add(tax),
                order.downPayment(),
                order.references(),
                null);
    }

    /** What the plan finances: the total less the down payment, never below zero. */
    BigDecimal financed() {
        return Money.exact(total.subtract(downPayment).max(BigDecimal.ZERO));
    }
}
