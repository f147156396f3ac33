package dev.clientela.compat.geotareas;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.FieldError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * GeoTareas' list parameters as canonical ones: {@code limit} 1..100 (default 25), {@code offset},
 * {@code status} active or inactive, {@code search} up to 120 characters. Other parameters are
 * ignored, as the seed ignores them.
 */
final class GeoListQuery {

    static final int DEFAULT_LIMIT = 25;
    static final int MAX_LIMIT = 100;
    static final int MAX_SEARCH = 120;

    private GeoListQuery() {}

    /** The canonical parameters; throws one VALIDATION_ERROR listing every bad parameter. */
    static Map<String, String> canonical(Map<String, String> params) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> canonical = new HashMap<>();
        canonical.put("limit", String.valueOf(whole(params, "limit", 1, MAX_LIMIT, DEFAULT_LIMIT, errors)));
        canonical.put("offset", String.valueOf(whole(params, "offset", 0, 100_000, 0, errors)));
        canonical.put("include", "total");
        String status = params.get("status");
        if (status != null && !status.isBlank()) {
            String upper = status.strip().toUpperCase(Locale.ROOT);
            if (status.length() <= 10 && (upper.equals("ACTIVE") || upper.equals("INACTIVE"))) {
                canonical.put("status", upper);
            } else {
                errors.add(new FieldError("status", "invalid_value", "must be active or inactive"));
            }
        }
        String search = params.get("search");
        if (search != null && !search.isBlank()) {
            if (search.codePointCount(0, search.length()) > MAX_SEARCH) {
                errors.add(new FieldError("search", "too_long", "must be at most " + MAX_SEARCH + " characters"));
            } else {
                canonical.put("q", search.strip());
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return canonical;
    }

    private static int whole(
            Map<String, String> params, String name, int min, int max, int otherwise, List<FieldError> errors) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(name, "invalid_value", "must be a whole number from " + min + " to " + max));
        return otherwise;
    }
}
