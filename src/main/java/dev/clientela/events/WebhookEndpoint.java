package dev.clientela.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A webhook endpoint as the API shows it: never with its secret. */
record WebhookEndpoint(
        UUID id,
        String url,
        List<String> events,
        String description,
        boolean enabled,
        @JsonInclude(JsonInclude.Include.NON_NULL) String disabledReason,
        Instant createdAt,
        Instant updatedAt) {}
