package dev.clientela.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in a currency: always two decimals, never negative, never above what a
 * {@code numeric(14,2)} column holds. The one place amounts are scaled and bounded.
 */
public record Money(BigDecimal amount, String currency) {

    /** The largest amount stored: {@code numeric(14,2)}. */
    public static final BigDecimal MAX = new BigDecimal("999999999999.99");

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    public Money {
        Objects.requireNonNull(currency, "currency");
        amount = exact(amount);
        if (amount.signum() < 0 || amount.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("An amount must be between 0 and " + MAX + ": " + amount);
        }
    }

    /** An amount already in cents, written with two decimals; more decimals are a bug of the caller. */
    public static BigDecimal exact(BigDecimal amount) {
        return amount.setScale(2);
    }

    /** Null as zero, else {@link #exact}. */
    public static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? ZERO : exact(amount);
    }

    /** A computed amount (a price times a quantity, a tax) rounded to the nearest cent. */
    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** One of {@code parts} equal shares of an amount, cut to the cent as {@code rounding} says. */
    public static BigDecimal share(BigDecimal amount, int parts, RoundingMode rounding) {
        return amount.divide(BigDecimal.valueOf(parts), 2, rounding);
    }

    /** Whether an amount of money fits the columns that store it. */
    public static boolean fits(BigDecimal amount) {
        return amount.compareTo(MAX) <= 0;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount), currency);
    }
}
