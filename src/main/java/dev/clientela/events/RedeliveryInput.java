package dev.clientela.events;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.JsonInput;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** The bodies of redeliver ({@code endpoint_id}, optional) and replay ({@code since}, required). */
final class RedeliveryInput {

    private RedeliveryInput() {}

    static UUID endpoint(JsonNode body) {
        if (body == null || body.isNull()) {
            return null;
        }
        JsonInput in = JsonInput.of(body, Set.of("endpoint_id"), Set.of());
        String text = in.string("endpoint_id", 36);
        UUID id = null;
        if (text != null) {
            try {
                id = UUID.fromString(text);
            } catch (IllegalArgumentException e) {
                in.reject("endpoint_id", "invalid_value", "must be a webhook endpoint id");
            }
        }
        in.throwIfInvalid();
        return id;
    }

    static Instant since(JsonNode body) {
        if (body == null || body.isNull()) {
            throw ApiProblem.invalid("since", "required", "is required");
        }
        JsonInput in = JsonInput.of(body, Set.of("since"), Set.of());
        String text = in.requiredString("since", 40);
        Instant since = null;
        if (text != null) {
            try {
                since = OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                in.reject("since", "invalid_format", "must be an ISO-8601 time such as 2026-01-31T10:00:00Z");
            }
        }
        in.throwIfInvalid();
        return since;
    }
}
