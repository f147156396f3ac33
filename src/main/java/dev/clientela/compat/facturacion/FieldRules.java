package dev.clientela.compat.facturacion;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    private FieldRules(JsonNode body) {
        this.body = body;
    }

    /** Reads a request body: absent or JSON {@code null} is an empty object, any other non-object is refused. */
    static FieldRules of(JsonNode body) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            return new FieldRules(JsonNodeFactory.instance.objectNode());
        }
        if (!body.isObject()) {
            throw Refusals.notAnObject();
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
                reject(field, Messages.required(field));
            }
            return null;
        }
        if (!value.isString()) {
            reject(field, Messages.string(field));
            return null;
        }
        String text = value.stringValue().strip();
        if (text.codePointCount(0, text.length()) > max) {
            reject(field, Messages.max(field, max));
            return null;
        }
        return text;
    }

    /** One of {@code allowed}, sent as a string. */
    String choice(String field, List<String> allowed, boolean required) {
        String text = text(field, Integer.MAX_VALUE, required);
        if (text != null && !allowed.contains(text)) {
            reject(field, Messages.in(field));
            return null;
        }
        return text;
    }

    /** Exactly {@code size} characters, all digits. */
    String digits(String field, int size) {
        String text = text(field, Integer.MAX_VALUE, false);
        if (text == null) {
            return null;
        }
        if (text.codePointCount(0, text.length()) != size) {
            reject(field, Messages.size(field, size));
            return null;
        }
        if (!text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            reject(field, Messages.digits(field, size));
            return null;
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
        if (!plausible) {
            reject(field, Messages.email(field));
            return null;
        }
        return text;
    }

    /** true, false, 1, 0, "1" or "0"; a null sent explicitly is refused. */
    Boolean bool(String field) {
        JsonNode value = body.get(field);
        if (value == null) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        String text = value.isString()
                ? value.stringValue()
                : value.isIntegralNumber() ? value.numberValue().toString() : "";
        if (text.equals("1") || text.equals("0")) {
            return text.equals("1");
        }
        reject(field, Messages.bool(field));
        return null;
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
        reject(field, Messages.integer(field));
        return null;
    }

    void reject(String field, String message) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }

    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw Refusals.invalid(errors);
        }
    }

    private static boolean blank(JsonNode value) {
        return value == null
                || value.isNull()
                || (value.isString() && value.stringValue().isBlank());
    }
}
