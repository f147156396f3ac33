package dev.clientela.events;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.FieldError;
import dev.clientela.web.PageCursor;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The feed's filters: {@code type} (types or prefixes such as {@code client.*}, comma-separated), {@code created_since}, {@code object_id}. */
record EventFeedQuery(List<String> types, Instant createdSince, UUID objectId, Long beforeSequence, int limit) {

    private static final Set<String> PARAMETERS = Set.of("type", "created_since", "object_id", "limit", "cursor");
    static final String CURSOR_SORT = "sequence";

    static EventFeedQuery read(Map<String, String> params) {
        List<FieldError> errors = new ArrayList<>();
        params.keySet().stream()
                .filter(p -> !PARAMETERS.contains(p))
                .forEach(p -> errors.add(new FieldError(p, "unknown_parameter", "is not a known parameter")));
        List<String> types = new ArrayList<>();
        if (params.get("type") != null) {
            for (String type : params.get("type").split(",", -1)) {
                String t = type.strip();
                if (t.equals("*")) {
                    continue;
                }
                if (!EventTypes.isPattern(t)) {
                    errors.add(new FieldError(
                            "type", "invalid_value", "must be event types or prefixes such as client.*"));
                    break;
                }
                types.add(t);
            }
        }
        Instant since = null;
        if (params.get("created_since") != null) {
            try {
                since = OffsetDateTime.parse(params.get("created_since").strip())
                        .toInstant();
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(
                        "created_since", "invalid_format", "must be an ISO-8601 time such as 2026-01-31T10:00:00Z"));
            }
        }
        UUID objectId = null;
        if (params.get("object_id") != null) {
            try {
                objectId = UUID.fromString(params.get("object_id").strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("object_id", "invalid_value", "must be an id"));
            }
        }
        int limit = 50;
        if (params.get("limit") != null) {
            try {
                limit = Integer.parseInt(params.get("limit").strip());
            } catch (NumberFormatException e) {
                limit = 0;
            }
            if (limit < 1 || limit > 500) {
                errors.add(new FieldError("limit", "invalid_value", "must be a whole number from 1 to 500"));
            }
        }
        Long before = null;
        if (params.get("cursor") != null) {
            PageCursor cursor = PageCursor.decode(params.get("cursor"));
            before = cursor != null && cursor.sort().equals(CURSOR_SORT) ? sequence(cursor.key()) : null;
            if (before == null) {
                errors.add(new FieldError("cursor", "invalid_value", "is not a cursor this service gave out"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return new EventFeedQuery(List.copyOf(types), since, objectId, before, limit);
    }

    private static Long sequence(String key) {
        try {
            return key == null ? null : Long.parseLong(key);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
