package dev.clientela.events;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** One stored event; {@code data} holds the object and, on updates, its previous attributes. */
record Event(
        UUID id,
        long sequence,
        String type,
        UUID tenantId,
        String requestId,
        UUID objectId,
        Instant createdAt,
        JsonNode data) {

    static final String PREFIX = "evt_";

    String publicId() {
        return PREFIX + id;
    }
}
