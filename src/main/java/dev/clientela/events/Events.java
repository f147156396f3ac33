package dev.clientela.events;

import com.github.f4b6a3.uuid.UuidCreator;
import dev.clientela.tenant.CurrentTenant;
import dev.clientela.web.RequestIds;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Raises events for the features that change things. An event is written in the caller's transaction,
 * or in the very statement that makes the change, so a change that rolls back raises none and one that
 * commits cannot lose its event.
 */
@Service
public class Events {

    /**
     * Common table expressions that store events in the statement that makes their change, so that a
     * change and its events cost one round trip (and commit together without a transaction around
     * them). They follow one named {@code assigned}: no row there, nothing was changed and no event is
     * stored; its one row's {@code object}, a JSON object of the values that statement assigned (a
     * number, a version, timestamps), is laid over the object of each event. Parameters from
     * {@link #inStatement}, besides {@code :tenant}; {@link #storedInStatement} after the statement.
     */
    public static final String AFTER_ASSIGNED = Outbox.AFTER_ASSIGNED;

    private final Outbox outbox;
    private final CurrentTenant current;
    private final JsonMapper json;
    private final Clock clock;
    private final DispatchSignal signal;

    Events(Outbox outbox, CurrentTenant current, JsonMapper json, Clock clock, DispatchSignal signal) {
        this.outbox = outbox;
        this.current = current;
        this.json = json;
        this.clock = clock;
        this.signal = signal;
    }

    /** Raises {@code type} about {@code object}, the resource as the API answers it. */
    public void raise(String type, Object object) {
        raise(type, object, null);
    }

    /** Raises an update: {@code previousAttributes} holds the changed fields' old values. */
    public void raise(String type, Object object, Map<String, ?> previousAttributes) {
        append(current.id(), RequestIds.current(), type, object, previousAttributes);
    }

    /** Raises these events in the order given, in one statement however many they are. */
    public void raiseAll(List<Raised> raised) {
        if (raised.isEmpty()) {
            return;
        }
        outbox.appendAll(current.id(), events(raised));
        signalAfterCommit();
    }

    /** The parameters of {@link #AFTER_ASSIGNED} that raise these events in the order given. */
    public Map<String, Object> inStatement(List<Raised> raised) {
        return outbox.params(events(raised));
    }

    /** Wakes the dispatcher once the statement that stored events through {@link #AFTER_ASSIGNED} is committed. */
    public void storedInStatement() {
        signalAfterCommit();
    }

    private List<Event> events(List<Raised> raised) {
        UUID tenantId = current.id();
        String requestId = RequestIds.current();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Event> events = new ArrayList<>(raised.size());
        for (Raised r : raised) {
            events.add(event(tenantId, requestId, r.type(), r.object(), r.previousAttributes(), at));
        }
        return events;
    }

    /** An event to raise: the type, the resource as the API answers it, and for an update the old values. */
    public record Raised(String type, Object object, Map<String, ?> previousAttributes) {}

    /** For work outside a request (a quotation expiring by the clock): raised for {@code tenantId}. */
    public void raiseFor(UUID tenantId, String type, Object object) {
        append(tenantId, null, type, object, null);
    }

    Event append(UUID tenantId, String requestId, String type, Object object, Map<String, ?> previousAttributes) {
        Event event = outbox.append(event(
                tenantId,
                requestId,
                type,
                object,
                previousAttributes,
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
        signalAfterCommit();
        return event;
    }

    private Event event(
            UUID tenantId,
            String requestId,
            String type,
            Object object,
            Map<String, ?> previousAttributes,
            Instant at) {
        if (!EventTypes.ALL.contains(type)) {
            throw new IllegalArgumentException("Unknown event type " + type);
        }
        JsonNode objectJson = json.valueToTree(object);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("object", objectJson);
        if (previousAttributes != null) {
            data.put("previous_attributes", previousAttributes);
        }
        JsonNode id = objectJson.get("id");
        UUID objectId = id != null && id.isString() ? parse(id.asString()) : null;
        return new Event(
                UuidCreator.getTimeOrderedEpoch(), 0, type, tenantId, requestId, objectId, at, json.valueToTree(data));
    }

    private void signalAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signal.eventsCommitted();
                }
            });
        } else {
            signal.eventsCommitted();
        }
    }

    private static UUID parse(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
