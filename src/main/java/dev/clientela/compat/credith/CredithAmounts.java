package dev.clientela.compat.credith;

import dev.clientela.money.Money;
import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;

/**
 * Credith's amounts, read exactly: a JSON number, not negative, with at most two decimals (three for
 * a quantity). Credith took any value and computed in floating point; here a wrong one is a 400
 * naming what is wrong, before anything changes.
 */
final class CredithAmounts {

    private CredithAmounts() {}

    static BigDecimal optional(JsonNode value, String what) {
        if (value == null || value.isNull()) {
            return null;
        }
        return read(value, what, 2);
    }

    static BigDecimal required(JsonNode value, String what, int scale) {
        if (value == null || value.isNull()) {
            throw CredithSale.refusal(what + " es un dato requerido");
        }
        return read(value, what, scale);
    }

    /** A payment: more than zero, at most two decimals. */
    static BigDecimal payment(JsonNode value) {
        if (value == null || value.isNull() || !value.isNumber()) {
            throw CredithSale.refusal("El monto del pago debe ser un numero");
        }
        BigDecimal amount = value.decimalValue();
        if (amount.signum() <= 0) {
            throw CredithSale.refusal("El monto del pago debe ser mayor a cero");
        }
        if (amount.stripTrailingZeros().scale() > 2 || !Money.fits(amount)) {
            throw CredithSale.refusal("El monto del pago debe tener a lo sumo dos decimales");
        }
        return Money.exact(amount);
    }

    private static BigDecimal read(JsonNode value, String what, int scale) {
        if (!value.isNumber()) {
            throw CredithSale.refusal(what + " debe ser un numero");
        }
        BigDecimal amount = value.decimalValue();
        if (amount.signum() < 0) {
            throw CredithSale.refusal(what + " no puede ser negativo");
        }
        if (!Money.fits(amount)) {
            throw CredithSale.refusal(what + " es demasiado grande");
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > scale) {
            throw CredithSale.refusal(what + " debe tener a lo sumo " + scale + " decimales");
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
