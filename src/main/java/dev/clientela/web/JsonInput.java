package dev.clientela.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads a JSON object field by field, collecting every problem instead of stopping at the first, so
 * that one 422 lists them all. Unknown and read-only members are reported too. Absent and null are
 * told apart ({@link #has}, {@link #isNull}) because partial updates give them different meanings.
 */
public final class JsonInput {

    private final JsonNode node;
    private final String path;
    private final List<FieldError> errors;

    private JsonInput(JsonNode node, String path, List<FieldError> errors) {
        this.node = node;
        this.path = path;
        this.errors = errors;
    }

    /** Starts reading a request body that must be a JSON object with only the {@code allowed} members. */
    public static JsonInput of(JsonNode body, Set<String> allowed, Set<String> readOnly) {
        if (body == null || !body.isObject()) {
            throw ApiProblem.invalid("", "invalid_type", "The body must be a JSON object");
        }
        JsonInput input = new JsonInput(body, "", new ArrayList<>());
        input.checkMembers(allowed, readOnly);
        return input;
    }

    private void checkMembers(Set<String> allowed, Set<String> readOnly) {
        for (String name : node.propertyNames()) {
            if (readOnly.contains(name)) {
                reject(name, "read_only_field", "'" + name + "' is read-only");
            } else if (!allowed.contains(name)) {
                reject(name, "unknown_field", "'" + name + "' is not a known field");
            }
        }
    }

    public boolean has(String field) {
        return node.has(field);
    }

    public boolean isNull(String field) {
        return node.has(field) && node.get(field).isNull();
    }

    /** A trimmed string of at most {@code max} characters; null when absent, null or blank. */
    public String string(String field, int max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            reject(field, "invalid_type", "must be a string");
            return null;
        }
        String text = value.stringValue().strip();
        if (!TextRules.isClean(text)) {
            reject(field, "invalid_characters", "must not contain control characters or broken Unicode");
            return null;
        }
        if (text.codePointCount(0, text.length()) > max) {
            reject(field, "too_long", "must be at most " + max + " characters");
            return null;
        }
        return text.isEmpty() ? null : text;
    }

    /** Like {@link #string} but reports {@code required} when absent, null or blank. */
    public String requiredString(String field, int max) {
        boolean present = node.has(field) && !node.get(field).isNull();
        String text = string(field, max);
        if (text == null
                && (!present
                        || node.get(field).isString()
                                && node.get(field).stringValue().isBlank())) {
            reject(field, "required", "is required");
        }
        return text;
    }

    public Boolean bool(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            reject(field, "invalid_type", "must be true or false");
            return null;
        }
        return value.booleanValue();
    }

    /** A number, exact (never through a double), within [min, max], with at most {@code scale} decimals. */
    public BigDecimal decimal(String field, BigDecimal min, BigDecimal max, int scale) {
        BigDecimal number = number(field);
        if (number == null) {
            return null;
        }
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            reject(field, "out_of_range", "must be between " + min.toPlainString() + " and " + max.toPlainString());
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.scale() > scale) {
            reject(field, "too_many_decimals", "must have at most " + scale + " decimals");
            return null;
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A number as sent, exact (never through a double); null when absent or null. */
    public BigDecimal number(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            reject(field, "invalid_type", "must be a number");
            return null;
        }
        return value.decimalValue();
    }

    public Integer integer(String field, int min, int max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber() || !value.canConvertToExactIntegral()) {
            reject(field, "invalid_type", "must be a whole number");
            return null;
        }
        BigDecimal number = value.decimalValue();
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            reject(field, "out_of_range", "must be between " + min + " and " + max);
            return null;
        }
        return number.intValueExact();
    }

    /** One of an enumeration's names, case-insensitive. */
    public <E extends Enum<E>> E choice(String field, Class<E> type) {
        String text = string(field, 64);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names = java.util.Arrays.stream(type.getEnumConstants())
                    .map(Enum::name)
                    .toList();
            reject(field, "invalid_value", "must be one of " + String.join(", ", names));
            return null;
        }
    }

    /** A nested object read with the same rules, its errors reported as {@code field.member}. */
    public JsonInput object(String field, Set<String> allowed, Set<String> readOnly) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            reject(field, "invalid_type", "must be an object");
            return null;
        }
        JsonInput nested = new JsonInput(value, path + field + ".", errors);
        nested.checkMembers(allowed, readOnly);
        return nested;
    }

    /** An array of {@code min..max} objects, each read with the same rules as {@code field[i].member}. */
    public List<JsonInput> objects(String field, int min, int max, Set<String> allowed) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            reject(field, "invalid_type", "must be an array");
            return List.of();
        }
        if (value.size() < min || value.size() > max) {
            reject(field, "invalid_size", "must have " + min + " to " + max + " items");
            return List.of();
        }
        List<JsonInput> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String itemPath = path + field + "[" + i + "]";
            if (!item.isObject()) {
                reject(field + "[" + i + "]", "invalid_type", "must be an object");
                continue;
            }
            JsonInput nested = new JsonInput(item, itemPath + ".", errors);
            nested.checkMembers(allowed, Set.of());
            items.add(nested);
        }
        return items;
    }

    /** A calendar date written as {@code 2026-01-31}. */
    public java.time.LocalDate date(String field) {
        String text = string(field, 10);
        if (text == null) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            reject(field, "invalid_format", "must be a date such as 2026-01-31");
            return null;
        }
    }

    /** An object whose values are all strings or null (null meaning "remove this key"). */
    public Map<String, String> stringMap(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            reject(field, "invalid_type", "must be an object of strings");
            return null;
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (var entry : value.properties()) {
            JsonNode member = entry.getValue();
            if (member.isNull()) {
                map.put(entry.getKey(), null);
            } else if (member.isString()) {
                map.put(entry.getKey(), member.stringValue());
            } else {
                reject(field + "." + entry.getKey(), "invalid_type", "must be a string");
            }
        }
        return map;
    }

    public void reject(String field, String code, String message) {
        FieldError error = new FieldError(path + field, code, message);
        if (!errors.contains(error)) {
            errors.add(error);
        }
    }

    /** The problems found so far, for a caller that reports them later. */
    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** Whether this object's own members (nested ones included) have read without a problem so far. */
    public boolean validHere() {
        return errors.stream().noneMatch(e -> e.field().startsWith(path));
    }

    /** Ends reading: throws one 422 listing every problem found, if any. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
    }
}
