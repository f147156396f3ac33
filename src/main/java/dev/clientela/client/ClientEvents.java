package dev.clientela.client;

import dev.clientela.events.Events;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The events of a client's changes, each carrying the client as the API answers it. A change of status
 * is its own event (archived, activated); the other fields that changed make a {@code client.updated}
 * whose previous attributes are their old values, whole (a changed address gives the old address).
 */
@Component
class ClientEvents {

    /** Bookkeeping that changes with every write, not a change the caller made. */
    private static final Set<String> NOT_CHANGES = Set.of("version", "updated_at", "warnings", "status");

    /**
     * The events of a create or an update, stored by the statement that writes the client: common table
     * expressions to follow a {@code written} one returning the client's columns, whose number, version
     * and timestamps, assigned by that statement, replace the placeholders in each event's object.
     * Parameters from {@link #creation} or {@link #change}; {@link #stored()} after the statement.
     */
    static final String AFTER_WRITTEN = "assigned as (select jsonb_build_object('number', number, 'version', version,"
            + " 'created_at', " + instant("created_at") + ", 'updated_at', " + instant("updated_at")
            + ") object from written),\n" + Events.AFTER_ASSIGNED;

    private final Events events;
    private final JsonMapper json;

    ClientEvents(Events events, JsonMapper json) {
        this.events = events;
        this.json = json;
    }

    /** The parameters of {@link #AFTER_WRITTEN} for a client about to be registered. */
    Map<String, Object> creation(Client client) {
        return events.inStatement(List.of(ofCreation(client)));
    }

    /** The parameters of {@link #AFTER_WRITTEN} for a change about to be written over {@code before}. */
    Map<String, Object> change(Client before, Client after) {
        return events.inStatement(ofChange(before, after));
    }

    /** After a statement of {@link #AFTER_WRITTEN} wrote the client and its events. */
    void stored() {
        events.storedInStatement();
    }

    /**
     * An instant in SQL as the API writes it (ISO-8601 in UTC, its fraction in groups of three digits
     * as needed: {@code 2026-12-01T08:40:53.968955Z}, {@code ...:53.968Z}, {@code ...:53Z}).
     */
    static String instant(String column) {
        return "regexp_replace(regexp_replace(to_char(" + column + " at time zone 'UTC',"
                + " 'YYYY-MM-DD\"T\"HH24:MI:SS.US'), '000$', ''), '\\.000$', '') || 'Z'";
    }

    static Events.Raised ofCreation(Client client) {
        return new Events.Raised("client.created", ClientView.of(client), null);
    }

    /** The events a change raises: its change of status, if any, and the update of the other fields. */
    List<Events.Raised> ofChange(Client before, Client after) {
        List<Events.Raised> raised = new ArrayList<>();
        ClientView view = ClientView.of(after);
        if (before.status() != after.status()) {
            raised.add(new Events.Raised(
                    after.status() == ClientStatus.INACTIVE ? "client.archived" : "client.activated", view, null));
        }
        JsonNode old = json.valueToTree(ClientView.of(before));
        JsonNode now = json.valueToTree(view);
        Map<String, JsonNode> previous = new LinkedHashMap<>();
        for (String field : old.propertyNames()) {
            if (!NOT_CHANGES.contains(field) && !old.get(field).equals(now.get(field))) {
                previous.put(field, old.get(field));
            }
        }
        for (String field : now.propertyNames()) {
            if (!NOT_CHANGES.contains(field) && !old.has(field)) {
                previous.put(field, json.nullNode());
            }
        }
        if (!previous.isEmpty()) {
            raised.add(new Events.Raised("client.updated", view, previous));
        }
        return raised;
    }

    void raiseAll(List<Events.Raised> raised) {
        events.raiseAll(raised);
    }

    void deleted(Client client) {
        events.raise("client.deleted", ClientView.of(client));
    }

    void restored(Client client) {
        events.raise("client.restored", ClientView.of(client));
    }

    /** The client as it was just before it was removed for good. */
    void purged(Client client) {
        events.raise("client.purged", ClientView.of(client));
    }
}
