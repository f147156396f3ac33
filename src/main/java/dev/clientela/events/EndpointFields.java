package dev.clientela.events;

import dev.clientela.web.JsonInput;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** What a create or an update of an endpoint says; on an update, null is "unchanged". */
record EndpointFields(URI url, List<String> events, String description, boolean clearDescription, Boolean enabled) {

    private static final Set<String> FIELDS = Set.of("url", "events", "description", "enabled");
    private static final Set<String> READ_ONLY = Set.of("id", "secret", "created_at", "updated_at", "disabled_reason");

    static EndpointFields read(JsonNode body, boolean creating, TargetPolicy targets) {
        JsonInput in = JsonInput.of(body, FIELDS, READ_ONLY);
        String urlText = creating ? in.requiredString("url", 2048) : in.string("url", 2048);
        if (!creating && in.isNull("url")) {
            in.reject("url", "required", "cannot be removed");
        }
        URI url = urlText == null ? null : targets.checkOnSave(in, urlText);
        List<String> events = events(in, body, creating);
        String description = in.string("description", 500);
        Boolean enabled = in.bool("enabled");
        in.throwIfInvalid();
        return new EndpointFields(
                url, events, description, !creating && in.has("description") && description == null, enabled);
    }

    private static List<String> events(JsonInput in, JsonNode body, boolean creating) {
        JsonNode node = body.get("events");
        if (node == null || node.isNull()) {
            if (creating || node != null) {
                in.reject("events", "required", "is required: event types, prefixes such as client.*, or *");
            }
            return null;
        }
        if (!node.isArray() || node.isEmpty() || node.size() > 50) {
            in.reject(
                    "events", "invalid_type", "must be a list of 1 to 50 event types, prefixes such as client.*, or *");
            return null;
        }
        List<String> events = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (!item.isString() || !EventTypes.isPattern(item.stringValue())) {
                in.reject(
                        "events[" + i + "]", "invalid_value", "must be an event type, a prefix such as client.*, or *");
            } else if (!events.contains(item.stringValue())) {
                events.add(item.stringValue());
            }
        }
        return events;
    }
}
