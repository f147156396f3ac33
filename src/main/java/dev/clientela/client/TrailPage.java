package dev.clientela.client;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.FieldError;
import dev.clientela.web.PageCursor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Which page of a client's audit trail: {@code limit} (1..500, default 50) and {@code offset} or {@code cursor}. */
record TrailPage(int limit, int offset) {

    static TrailPage read(Map<String, String> params) {
        List<FieldError> errors = new ArrayList<>();
        params.keySet().stream()
                .filter(p -> !p.equals("limit") && !p.equals("offset") && !p.equals("cursor"))
                .forEach(p -> errors.add(new FieldError(p, "unknown_parameter", "is not a known parameter")));
        int limit = number(params.get("limit"), "limit", 1, 500, 50, errors);
        int offset = number(params.get("offset"), "offset", 0, 1_000_000, 0, errors);
        String cursorText = params.get("cursor");
        if (cursorText != null) {
            PageCursor cursor = PageCursor.decode(cursorText);
            if (cursor == null || !cursor.sort().equals("changes") || cursor.offset() > 1_000_000) {
                errors.add(new FieldError("cursor", "invalid_value", "is not a cursor this service gave out"));
            } else {
                offset = (int) cursor.offset();
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return new TrailPage(limit, offset);
    }

    private static int number(String value, String name, int min, int max, int otherwise, List<FieldError> errors) {
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
