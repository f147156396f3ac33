package dev.clientela.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reads a tenant's event feed as a caller would. */
final class Feed {

    private Feed() {}

    /** Every event about the object, oldest first (the feed answers newest first). */
    static List<JsonNode> about(Api tenant, String objectId) {
        Api.Response page = tenant.get("/api/v1/events?limit=500&object_id=" + objectId);
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        List<JsonNode> events =
                new ArrayList<>(page.body().get("data").valueStream().toList());
        java.util.Collections.reverse(events);
        return events;
    }

    static List<String> typesAbout(Api tenant, String objectId) {
        return about(tenant, objectId).stream()
                .map(e -> e.get("type").stringValue())
                .toList();
    }

    static JsonNode last(Api tenant, String objectId, String type) {
        return about(tenant, objectId).stream()
                .filter(e -> e.get("type").stringValue().equals(type))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("No " + type + " about " + objectId));
    }

    static List<JsonNode> all(Api tenant) {
        Api.Response page = tenant.get("/api/v1/events?limit=500");
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        return page.body().get("data").valueStream().toList();
    }
}
