package dev.clientela.events;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** An event as the feed answers it and as a webhook carries it. */
@Component
class Envelope {

    private final JsonMapper json;

    Envelope(JsonMapper json) {
        this.json = json;
    }

    Map<String, Object> of(Event event) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", event.publicId());
        envelope.put("type", event.type());
        envelope.put("created_at", event.createdAt());
        envelope.put("tenant_id", event.tenantId());
        envelope.put("request_id", event.requestId());
        envelope.put("sequence", event.sequence());
        envelope.put("data", event.data());
        return envelope;
    }

    /** The exact bytes a webhook sends and signs. */
    String body(Event event) {
        return json.writeValueAsString(of(event));
    }
}
