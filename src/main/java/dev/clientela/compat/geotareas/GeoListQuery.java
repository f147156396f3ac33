package dev.clientela.compat.geotareas;

import dev.clientela.client.ClientQuery;
import dev.clientela.client.ClientStatus;
import dev.clientela.compat.ListParameters;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * GeoTareas' list parameters as a client listing: {@code limit} 1..100 (default 25), {@code offset},
 * {@code status} active or inactive, {@code search} up to 120 characters. Other parameters are
 * ignored, as the seed ignores them.
 */
record GeoListQuery(int limit, int offset, ClientQuery query) {

    static final int DEFAULT_LIMIT = 25;
    static final int MAX_LIMIT = 100;
    static final int MAX_SEARCH = 120;

    /** The listing asked for; throws one VALIDATION_ERROR listing every bad parameter. */
    static GeoListQuery read(Map<String, String> params) {
        List<FieldError> errors = new ArrayList<>();
        int limit = whole(params, "limit", 1, MAX_LIMIT, DEFAULT_LIMIT, errors);
        int offset = whole(params, "offset", 0, 100_000, 0, errors);
        ListParameters canonical =
                ListParameters.sortedBy(null).page(limit, offset).withTotal();
        String status = params.get("status");
        if (status != null && !status.isBlank()) {
            String upper = status.strip().toUpperCase(Locale.ROOT);
            if (status.length() <= 10 && (upper.equals("ACTIVE") || upper.equals("INACTIVE"))) {
                canonical.status(ClientStatus.valueOf(upper));
            } else {
                errors.add(new FieldError("status", "invalid_value", "must be active or inactive"));
            }
        }
        String search = params.get("search");
        if (search != null && !search.isBlank() && search.codePointCount(0, search.length()) > MAX_SEARCH) {
            errors.add(new FieldError("search", "too_long", "must be at most " + MAX_SEARCH + " characters"));
        } else {
            canonical.search(search == null ? null : search.strip());
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return new GeoListQuery(limit, offset, canonical.query());
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
