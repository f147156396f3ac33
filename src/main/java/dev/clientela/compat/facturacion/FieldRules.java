package dev.clientela.compat.facturacion;

import dev.clientela.compat.Refusal;
import dev.clientela.compat.facturacion.Messages.Rule;
import dev.clientela.web.ErrorCode;
import dev.clientela.web.FieldError;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The e-invoicing system's request rules (Laravel's {@code required}, {@code string}, {@code max},
 * {@code size}, {@code in}, {@code email}, {@code boolean}, {@code integer}), checked the way that
 * framework does: strings trimmed, blank read as null, one message per field, every field reported
 * at once, members it does not know ignored.
 */
final class FieldRules {

    private final JsonNode body;
    private final List<FieldError> errors = new ArrayList<>();

    private FieldRules(JsonNode body) {
        this.body = body;
    }

    /** Reads a request body: absent or JSON {@code null} is an empty object, any other non-object is refused. */
    static FieldRules of(JsonNode body) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            return new FieldRules(JsonNodeFactory.instance.objectNode());
        }
        if (!body.isObject()) {
            throw new Refusal(ErrorCode.BAD_REQUEST, Messages.NOT_AN_OBJECT);
        }
        return new FieldRules(body);
    }

    boolean has(String field) {
        return body.has(field);
    }

    /** A trimmed string of at most {@code max} characters, or null; {@code required} refuses null and blank. */
    String text(String field, int max, boolean required) {
        JsonNode value = body.get(field);
        if (blank(value)) {
            if (required) {
                reject(field, Rule.REQUIRED, 0);
            }
            return null;
        }
        if (!value.isString()) {
            return reject(field, Rule.STRING, 0);
        }
        String text = value.stringValue().strip();
        return length(text) > max ? reject(field, Rule.MAX, max) : text;
    }

    /** One of {@code allowed}, sent as a string. */
    String choice(String field, List<String> allowed, boolean required) {
        String text = text(field, Integer.MAX_VALUE, required);
        return text != null && !allowed.contains(text) ? reject(field, Rule.IN, 0) : text;
    }

    /** Exactly {@code size} characters, all digits. */
    String digits(String field, int size) {
        String text = text(field, Integer.MAX_VALUE, false);
        if (text != null && length(text) != size) {
            return reject(field, Rule.SIZE, size);
        }
        if (text != null && !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return reject(field, Rule.DIGITS, size);
        }
        return text;
    }

    /**
     * An email address of at most {@code max} characters: one {@code @} between a local part and a
     * dotted domain, no spaces. The registry checks the finer points.
     */
    String email(String field, int max) {
        String text = text(field, max, false);
        if (text == null) {
            return null;
        }
        int at = text.indexOf('@');
        boolean plausible = at > 0
                && at == text.lastIndexOf('@')
                && text.indexOf('.', at) > at + 1
                && !text.endsWith(".")
                && text.chars().noneMatch(Character::isWhitespace);
        return plausible ? text : reject(field, Rule.EMAIL, 0);
    }

    /** true, false, 1, 0, "1" or "0"; a null sent explicitly is refused. */
    Boolean bool(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isBoolean()) {
            return value == null ? null : value.booleanValue();
        }
        String text = value.isString()
                ? value.stringValue()
                : value.isIntegralNumber() ? value.numberValue().toString() : "";
        if (text.equals("1") || text.equals("0")) {
            return text.equals("1");
        }
        return reject(field, Rule.BOOLEAN, 0);
    }

    /** A whole number, sent as a number or a numeric string; null when absent or blank. */
    Long integer(String field) {
        JsonNode value = body.get(field);
        if (blank(value)) {
            return null;
        }
        String text = value.isString()
                ? value.stringValue().strip()
                : value.isNumber() && value.canConvertToExactIntegral()
                        ? value.decimalValue().toBigInteger().toString()
                        : "";
        try {
            BigInteger number = new BigInteger(text);
            if (number.bitLength() < 64) {
                return number.longValueExact();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // refused below
        }
        return reject(field, Rule.INTEGER, 0);
    }

    /** Reports the rule {@code field} broke, worded already; the field then has no value. */
    private <T> T reject(String field, Rule rule, int size) {
        errors.add(new FieldError(field, rule.code(), rule.sentence(field, size)));
        return null;
    }

    /** Every rule broken at once, in the order of the fields read. */
    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new Refusal(ErrorCode.VALIDATION_ERROR, Messages.INVALID, errors);
        }
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static boolean blank(JsonNode value) {
        return value == null
                || value.isNull()
                || (value.isString() && value.stringValue().isBlank());
    }
}
