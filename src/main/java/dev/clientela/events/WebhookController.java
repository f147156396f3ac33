package dev.clientela.events;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.Page;
import dev.clientela.web.PageCursor;
import dev.clientela.web.PathIds;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Webhook endpoints over HTTP, for ADMIN keys only: their secrets sign what the tenant's data says. */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class WebhookController {

    private static final String BASE = "/api/v1/webhook-endpoints";

    private final WebhookAdministration webhooks;
    private final JsonMapper json;

    WebhookController(WebhookAdministration webhooks, JsonMapper json) {
        this.webhooks = webhooks;
        this.json = json;
    }

    @PostMapping(BASE)
    ResponseEntity<JsonNode> create(@RequestBody JsonNode body) {
        WebhookAdministration.WithSecret created = webhooks.create(body);
        return ResponseEntity.created(URI.create(BASE + "/" + created.endpoint().id()))
                .body(withSecret(created));
    }

    @GetMapping(BASE)
    Page<WebhookEndpoint> list() {
        return new Page<>(webhooks.list(), false, null, null);
    }

    @GetMapping(BASE + "/{id}")
    WebhookEndpoint get(@PathVariable String id) {
        return webhooks.find(endpointId(id));
    }

    @PatchMapping(BASE + "/{id}")
    WebhookEndpoint update(@PathVariable String id, @RequestBody JsonNode body) {
        return webhooks.update(endpointId(id), body);
    }

    @DeleteMapping(BASE + "/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        webhooks.delete(endpointId(id));
        return ResponseEntity.noContent().build();
    }

    @PostMapping(BASE + "/{id}/rotate-secret")
    JsonNode rotate(@PathVariable String id) {
        return withSecret(webhooks.rotate(endpointId(id)));
    }

    @PostMapping(BASE + "/{id}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> replay(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
        return Map.of("replayed", webhooks.replay(endpointId(id), body));
    }

    /** Every attempt, newest first: event, time, status or error, duration and the next attempt. */
    @GetMapping(BASE + "/{id}/deliveries")
    Page<Deliveries.Attempt> deliveries(@PathVariable String id, @RequestParam Map<String, String> params) {
        int limit = limit(params.get("limit"));
        UUID before = null;
        if (params.get("cursor") != null) {
            PageCursor cursor = PageCursor.decode(params.get("cursor"));
            before = cursor == null || !cursor.sort().equals("attempt") ? null : parse(cursor.id());
            if (before == null) {
                throw ApiProblem.invalid("cursor", "invalid_value", "is not a cursor this service gave out");
            }
        }
        List<Deliveries.Attempt> rows = webhooks.attempts(endpointId(id), before, limit + 1);
        boolean more = rows.size() > limit;
        List<Deliveries.Attempt> page = more ? rows.subList(0, limit) : rows;
        String next = more ? new PageCursor("attempt", null, page.getLast().id().toString(), 0).encode() : null;
        return new Page<>(page, more, next, null);
    }

    private JsonNode withSecret(WebhookAdministration.WithSecret saved) {
        ObjectNode node = json.valueToTree(saved.endpoint());
        node.put("secret", saved.secret());
        return node;
    }

    private static int limit(String text) {
        if (text == null) {
            return 50;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1 && n <= 500) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ApiProblem.invalid("limit", "invalid_value", "must be a whole number from 1 to 500");
    }

    private static UUID parse(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static UUID endpointId(String id) {
        return PathIds.uuid(id, "The webhook endpoint");
    }
}
