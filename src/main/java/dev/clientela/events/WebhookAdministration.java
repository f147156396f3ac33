package dev.clientela.events;

import com.github.f4b6a3.uuid.UuidCreator;
import dev.clientela.tenant.CurrentTenant;
import dev.clientela.web.ApiProblem;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** The use cases of webhook endpoints: saving them, their secrets, redelivery and replay. */
@Service
class WebhookAdministration {

    private final Outbox outbox;
    private final WebhookEndpoints endpoints;
    private final Deliveries deliveries;
    private final TargetPolicy targets;
    private final SecretBox secrets;
    private final CurrentTenant current;
    private final Clock clock;

    WebhookAdministration(
            Outbox outbox,
            WebhookEndpoints endpoints,
            Deliveries deliveries,
            TargetPolicy targets,
            SecretBox secrets,
            CurrentTenant current,
            Clock clock) {
        this.outbox = outbox;
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.targets = targets;
        this.secrets = secrets;
        this.current = current;
        this.clock = clock;
    }

    /** The new endpoint and its secret, which is shown this once. */
    @Transactional
    WithSecret create(JsonNode body) {
        EndpointFields fields = EndpointFields.read(body, true, targets);
        String secret = SecretBox.newSecret();
        WebhookEndpoint endpoint =
                endpoints.insert(current.id(), UuidCreator.getTimeOrderedEpoch(), fields, secrets.seal(secret), now());
        return new WithSecret(endpoint, secret);
    }

    @Transactional(readOnly = true)
    List<WebhookEndpoint> list() {
        return endpoints.list(current.id());
    }

    @Transactional(readOnly = true)
    WebhookEndpoint find(UUID id) {
        return endpoints.find(current.id(), id).orElseThrow(WebhookAdministration::notFound);
    }

    @Transactional
    WebhookEndpoint update(UUID id, JsonNode body) {
        EndpointFields fields = EndpointFields.read(body, false, targets);
        return endpoints.update(current.id(), id, fields, now()).orElseThrow(WebhookAdministration::notFound);
    }

    @Transactional
    void delete(UUID id) {
        if (!endpoints.delete(current.id(), id)) {
            throw notFound();
        }
    }

    /** A new secret; the old one keeps signing beside it for 24 hours, so receivers can switch. */
    @Transactional
    WithSecret rotate(UUID id) {
        UUID tenantId = current.id();
        String secret = SecretBox.newSecret();
        Instant now = now();
        if (!endpoints.rotate(tenantId, id, secrets.seal(secret), now.plus(DeliveryAttempt.ROTATION_OVERLAP), now)) {
            throw notFound();
        }
        return new WithSecret(find(id), secret);
    }

    /** Queues the event again for one endpoint, or for every endpoint subscribed to its type; answers their ids. */
    @Transactional
    List<UUID> redeliver(UUID eventId, UUID endpointId) {
        UUID tenantId = current.id();
        Event event = outbox.find(tenantId, eventId).orElseThrow(EventController::notFound);
        List<WebhookEndpoint> to = endpointId != null
                ? List.of(endpoints
                        .find(tenantId, endpointId)
                        .orElseThrow(() -> ApiProblem.invalid(
                                "endpoint_id", "unknown_endpoint", "no webhook endpoint has this id")))
                : endpoints.list(tenantId).stream()
                        .filter(e -> e.events().stream().anyMatch(p -> matches(p, event.type())))
                        .toList();
        Instant now = now();
        to.forEach(e -> deliveries.redeliver(tenantId, e.id(), event.id(), now));
        return to.stream().map(WebhookEndpoint::id).toList();
    }

    @Transactional
    int replay(UUID id, JsonNode body) {
        Instant since = RedeliveryInput.since(body);
        find(id);
        return deliveries.replay(current.id(), id, since, now());
    }

    @Transactional(readOnly = true)
    List<Deliveries.Attempt> attempts(UUID id, UUID before, int rows) {
        find(id);
        return deliveries.log(current.id(), id, before, rows);
    }

    static boolean matches(String pattern, String type) {
        return pattern.equals("*")
                || pattern.equals(type)
                || (pattern.endsWith(".*") && type.startsWith(pattern.substring(0, pattern.length() - 1)));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static ApiProblem notFound() {
        return ApiProblem.notFound("The webhook endpoint");
    }

    record WithSecret(WebhookEndpoint endpoint, String secret) {}
}
