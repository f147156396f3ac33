package dev.clientela.sales;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.FieldError;
import dev.clientela.web.Page;
import dev.clientela.web.PageCursor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The paging and client filter of record listings: limit, offset or cursor, client_id. */
public record Paging(UUID clientId, int limit, int offset) {

    private static final Set<String> PARAMETERS = Set.of("client_id", "limit", "offset", "cursor");

    public static Paging read(Map<String, String> params) {
        List<FieldError> errors = new ArrayList<>();
        params.keySet().stream()
                .filter(p -> !PARAMETERS.contains(p))
                .forEach(p -> errors.add(new FieldError(p, "unknown_parameter", "is not a known parameter")));
        UUID clientId = null;
        if (params.get("client_id") != null) {
            try {
                clientId = UUID.fromString(params.get("client_id"));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("client_id", "invalid_value", "must be a client id"));
            }
        }
        int limit = number(params, "limit", 1, 500, 50, errors);
        int offset = number(params, "offset", 0, 100_000, 0, errors);
        if (params.get("cursor") != null) {
            PageCursor cursor = PageCursor.decode(params.get("cursor"));
            if (cursor == null || !cursor.sort().equals("offset") || cursor.offset() > 100_000) {
                errors.add(new FieldError("cursor", "invalid_value", "is not a cursor this service gave out"));
            } else {
                offset = (int) cursor.offset();
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return new Paging(clientId, limit, offset);
    }

    /** A page from {@code limit + 1} rows read. */
    public <T> Page<T> page(List<T> rows) {
        boolean hasMore = rows.size() > limit;
        List<T> data = hasMore ? rows.subList(0, limit) : rows;
        String next = hasMore ? new PageCursor("offset", null, null, offset + limit).encode() : null;
        return new Page<>(data, hasMore, next, null);
    }

    private static int number(
            Map<String, String> params, String name, int min, int max, int otherwise, List<FieldError> errors) {
        String value = params.get(name);
        if (value == null) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(name, "invalid_value", "must be a whole number from " + min + " to " + max));
        return otherwise;
    }
}
