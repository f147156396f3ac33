package dev.clientela.events;

import dev.clientela.tenant.CurrentTenant;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.Page;
import dev.clientela.web.PageCursor;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The event feed, newest first, and redelivery of an event. */
@RestController
class EventController {

    private final Outbox outbox;
    private final CurrentTenant current;
    private final Envelope envelope;
    private final WebhookAdministration webhooks;

    EventController(Outbox outbox, CurrentTenant current, Envelope envelope, WebhookAdministration webhooks) {
        this.outbox = outbox;
        this.current = current;
        this.envelope = envelope;
        this.webhooks = webhooks;
    }

    @GetMapping("/api/v1/events")
    @PreAuthorize("hasRole('VIEWER')")
    Page<Map<String, Object>> list(@RequestParam Map<String, String> params) {
        EventFeedQuery query = EventFeedQuery.read(params);
        List<Event> rows = outbox.list(current.id(), query, query.limit() + 1);
        boolean hasMore = rows.size() > query.limit();
        List<Event> page = hasMore ? rows.subList(0, query.limit()) : rows;
        String next = hasMore
                ? new PageCursor(
                                EventFeedQuery.CURSOR_SORT,
                                Long.toString(page.getLast().sequence()),
                                null,
                                0)
                        .encode()
                : null;
        return new Page<>(page.stream().map(envelope::of).toList(), hasMore, next, null);
    }

    @GetMapping("/api/v1/events/{id}")
    @PreAuthorize("hasRole('VIEWER')")
    Map<String, Object> get(@PathVariable String id) {
        return envelope.of(outbox.find(current.id(), eventId(id)).orElseThrow(EventController::notFound));
    }

    /** To every subscribed endpoint, or with {@code {"endpoint_id": ...}} to that one. */
    @PostMapping("/api/v1/events/{id}/redeliver")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> redeliver(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
        UUID eventId = eventId(id);
        List<UUID> endpoints = webhooks.redeliver(eventId, RedeliveryInput.endpoint(body));
        return Map.of("event_id", Event.PREFIX + eventId, "endpoints", endpoints);
    }

    static UUID eventId(String text) {
        String bare = text.startsWith(Event.PREFIX) ? text.substring(Event.PREFIX.length()) : text;
        try {
            UUID id = UUID.fromString(bare);
            if (!id.toString().equals(bare)) {
                throw notFound();
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    static ApiProblem notFound() {
        return ApiProblem.notFound("The event");
    }
}
