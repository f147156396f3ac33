package dev.clientela.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One attempt to deliver one event to one endpoint, made by the dispatcher as the delivery's tenant:
 * signed as Standard Webhooks says, sent, logged, and its outcome decided (delivered, retried on the
 * schedule, or given up), all outside the request that raised the event.
 */
@Component
class DeliveryAttempt {

    static final Duration DISABLE_AFTER = Duration.ofDays(5);
    static final Duration ROTATION_OVERLAP = Duration.ofHours(24);

    private final Outbox outbox;
    private final WebhookEndpoints endpoints;
    private final Deliveries deliveries;
    private final WebhookSender sender;
    private final TargetPolicy targets;
    private final SecretBox secrets;
    private final Envelope envelope;
    private final Events events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    DeliveryAttempt(
            Outbox outbox,
            WebhookEndpoints endpoints,
            Deliveries deliveries,
            WebhookSender sender,
            TargetPolicy targets,
            SecretBox secrets,
            Envelope envelope,
            Events events,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.sender = sender;
        this.targets = targets;
        this.secrets = secrets;
        this.envelope = envelope;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    void make(Deliveries.Claim claim) {
        Optional<Event> event = outbox.find(claim.tenantId(), claim.eventId());
        Optional<WebhookEndpoints.Target> target = endpoints.target(claim.tenantId(), claim.endpointId());
        if (event.isEmpty() || target.isEmpty() || !target.get().enabled()) {
            deliveries.release(claim);
            return;
        }
        Instant sentAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String refusal = targets.refusalOnSend(target.get().url());
        long started = System.nanoTime();
        String body = envelope.body(event.get());
        WebhookSender.Answer answer = refusal != null
                ? WebhookSender.Answer.failed(refusal)
                : sender.send(target.get().url(), headers(event.get(), body, target.get(), sentAt), body, sentAt);
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        transaction.executeWithoutResult(status -> record(claim, target.get(), sentAt, answer, millis));
    }

    private Map<String, String> headers(Event event, String body, WebhookEndpoints.Target target, Instant now) {
        List<String> signing = new ArrayList<>();
        signing.add(secrets.open(target.secret()));
        if (target.previousSecret() != null
                && target.previousSecretExpiresAt() != null
                && target.previousSecretExpiresAt().isAfter(now)) {
            signing.add(secrets.open(target.previousSecret()));
        }
        long timestamp = now.getEpochSecond();
        return Map.of(
                "webhook-id", event.publicId(),
                "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", Signature.header(signing, event.publicId(), timestamp, body));
    }

    private void record(
            Deliveries.Claim claim,
            WebhookEndpoints.Target target,
            Instant at,
            WebhookSender.Answer answer,
            long millis) {
        int attempts = deliveries.attempts(claim) + 1;
        if (answer.delivered()) {
            deliveries.log(claim, at, answer.status(), null, millis, answer.body(), null);
            deliveries.finish(claim, "DELIVERED", attempts, null);
            endpoints.succeeded(claim.tenantId(), claim.endpointId());
            return;
        }
        if (answer.status() != null && answer.status() == 410) {
            deliveries.log(claim, at, 410, null, millis, answer.body(), null);
            deliveries.finish(claim, "FAILED", attempts, null);
            disable(claim, "The endpoint answered 410 Gone", at);
            return;
        }
        Duration wait = RetrySchedule.after(attempts, honoured(answer), ThreadLocalRandom.current());
        Instant next = wait == null ? null : at.plus(wait);
        deliveries.log(claim, at, answer.status(), answer.error(), millis, answer.body(), next);
        deliveries.finish(claim, next == null ? "FAILED" : "PENDING", attempts, next);
        Instant failingSince = endpoints.failed(claim.tenantId(), claim.endpointId(), at);
        if (!failingSince.plus(DISABLE_AFTER).isAfter(at)) {
            disable(claim, "Every attempt failed for 5 days", at);
        }
    }

    private static Duration honoured(WebhookSender.Answer answer) {
        boolean asksToWait = answer.status() != null && (answer.status() == 429 || answer.status() == 503);
        return asksToWait ? answer.retryAfter() : null;
    }

    private void disable(Deliveries.Claim claim, String reason, Instant at) {
        endpoints
                .disable(claim.tenantId(), claim.endpointId(), reason, at)
                .ifPresent(
                        disabled -> events.append(claim.tenantId(), null, "webhook_endpoint.disabled", disabled, null));
    }
}
