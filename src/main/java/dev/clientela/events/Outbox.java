package dev.clientela.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The events table: appended to by the changes, read by the feed and the dispatcher. */
@Repository
class Outbox {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Outbox(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Numbers the event, stores it and queues a delivery to every enabled endpoint subscribed to its type,
     * in one statement: one round trip added to the change.
     */
    Event append(Event event) {
        long sequence = jdbc.sql("""
                        with counter as (
                            insert into event_counters (tenant_id, last_sequence) values (:tenant, 1)
                            on conflict (tenant_id) do update set last_sequence = event_counters.last_sequence + 1
                            returning last_sequence),
                        stored as (
                            insert into events (tenant_id, id, sequence, type, object_id, request_id, created_at, data)
                            select :tenant, :id, last_sequence, :type, :object, :request, :at, cast(:data as jsonb)
                            from counter
                            returning sequence),
                        queued as (
                            insert into webhook_deliveries (tenant_id, endpoint_id, event_id, state, next_attempt_at,
                                                            created_at)
                            select e.tenant_id, e.id, :id, 'PENDING', :at, :at
                            from webhook_endpoints e
                            where e.tenant_id = :tenant and e.enabled and exists (
                                select 1 from unnest(e.events) p
                                where p = '*' or p = :type
                                   or (right(p, 2) = '.*' and starts_with(:type, left(p, -1))))
                            returning 1)
                        select sequence from stored""")
                .param("tenant", event.tenantId())
                .param("id", event.id())
                .param("type", event.type())
                .param("object", event.objectId())
                .param("request", event.requestId())
                .param("at", utc(event.createdAt()))
                .param("data", json.writeValueAsString(event.data()))
                .query(Long.class)
                .single();
        return new Event(
                event.id(),
                sequence,
                event.type(),
                event.tenantId(),
                event.requestId(),
                event.objectId(),
                event.createdAt(),
                event.data());
    }

    /**
     * Common table expressions that store events in the statement that makes their change, after one
     * named {@code assigned}: no row there, nothing was changed and nothing is stored; its one row's
     * {@code object}, a JSON object of what that statement assigned (a number, a version, timestamps), is
     * laid over the object of each event. The events are numbered in the order given; the counter's row
     * stays locked until the statement commits, so sequences follow commit order. Parameters from
     * {@link #params}, besides {@code :tenant}.
     */
    static final String AFTER_ASSIGNED = """
            raised as (
                select r.id, r.type, r.object, r.ord,
                    case when a.object = '{}' then cast(r.data as jsonb)
                         else jsonb_set(cast(r.data as jsonb), '{object}', (cast(r.data as jsonb) -> 'object') || a.object)
                    end data
                from assigned a, unnest(cast(:event_ids as uuid[]), cast(:event_types as text[]),
                    cast(:event_objects as uuid[]), cast(:event_data as text[])) with ordinality as r(id, type, object, data, ord)),
            event_counter as (
                insert into event_counters (tenant_id, last_sequence)
                select :tenant, :event_count from assigned where :event_count > 0
                on conflict (tenant_id) do update set last_sequence = event_counters.last_sequence + excluded.last_sequence
                returning last_sequence),
            stored_events as (
                insert into events (tenant_id, id, sequence, type, object_id, request_id, created_at, data)
                select :tenant, r.id, counter.last_sequence - :event_count + r.ord, r.type, r.object,
                    cast(:event_request as text), cast(:event_at as timestamptz), r.data
                from event_counter counter, raised r
                returning id, type),
            queued as (
                insert into webhook_deliveries (tenant_id, endpoint_id, event_id, state, next_attempt_at, created_at)
                select e.tenant_id, e.id, s.id, 'PENDING',
                    cast(:event_at as timestamptz), cast(:event_at as timestamptz)
                from stored_events s join webhook_endpoints e on e.tenant_id = :tenant and e.enabled
                where exists (
                    select 1 from unnest(e.events) p
                    where p = '*' or p = s.type
                       or (right(p, 2) = '.*' and starts_with(s.type, left(p, -1))))
                returning 1)""";

    /** The parameters of {@link #AFTER_ASSIGNED} for these events of one request, raised at one instant. */
    Map<String, Object> params(List<Event> events) {
        String[] ids = new String[events.size()];
        String[] types = new String[events.size()];
        String[] objects = new String[events.size()];
        String[] data = new String[events.size()];
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            ids[i] = e.id().toString();
            types[i] = e.type();
            objects[i] = e.objectId() == null ? null : e.objectId().toString();
            data[i] = json.writeValueAsString(e.data());
        }
        Map<String, Object> params = new HashMap<>();
        params.put("event_count", events.size());
        params.put("event_request", events.isEmpty() ? null : events.getFirst().requestId());
        params.put("event_at", events.isEmpty() ? null : utc(events.getFirst().createdAt()));
        params.put("event_ids", ids);
        params.put("event_types", types);
        params.put("event_objects", objects);
        params.put("event_data", data);
        return params;
    }

    /** Appends these events of one tenant, numbered in the order given, in one statement. */
    void appendAll(UUID tenantId, List<Event> events) {
        jdbc.sql("with assigned as (select cast('{}' as jsonb) object),\n" + AFTER_ASSIGNED
                        + "\nselect count(*) from stored_events")
                .param("tenant", tenantId)
                .params(params(events))
                .query(Long.class)
                .single();
    }

    Optional<Event> find(UUID tenantId, UUID id) {
        return jdbc.sql("select * from events where tenant_id = ? and id = ?")
                .params(tenantId, id)
                .query(this::event)
                .optional();
    }

    /** Newest first, from below {@code beforeSequence} when given. */
    List<Event> list(UUID tenantId, EventFeedQuery q, int rows) {
        StringBuilder sql = new StringBuilder("select * from events where tenant_id = :tenant");
        List<String> exact = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        for (String type : q.types()) {
            if (type.endsWith(".*")) {
                prefixes.add(type.substring(0, type.length() - 1));
            } else {
                exact.add(type);
            }
        }
        if (!q.types().isEmpty()) {
            sql.append(
                    " and (type = any(string_to_array(:exact, ','))"
                            + " or exists (select 1 from unnest(string_to_array(:prefixes, ',')) p where starts_with(type, p)))");
        }
        if (q.createdSince() != null) {
            sql.append(" and created_at >= :since");
        }
        if (q.objectId() != null) {
            sql.append(" and object_id = :object");
        }
        if (q.beforeSequence() != null) {
            sql.append(" and sequence < :before");
        }
        sql.append(" order by sequence desc limit :rows");
        var statement = jdbc.sql(sql.toString()).param("tenant", tenantId).param("rows", rows);
        if (!q.types().isEmpty()) {
            statement = statement.param("exact", String.join(",", exact)).param("prefixes", String.join(",", prefixes));
        }
        if (q.createdSince() != null) {
            statement = statement.param("since", utc(q.createdSince()));
        }
        if (q.objectId() != null) {
            statement = statement.param("object", q.objectId());
        }
        if (q.beforeSequence() != null) {
            statement = statement.param("before", q.beforeSequence());
        }
        return statement.query(this::event).list();
    }

    /** Forgets, for every tenant, the events and delivery attempts from before {@code before}. */
    int purge(Instant before) {
        return jdbc.sql("select clientela_purge_events(?)")
                .param(utc(before))
                .query(Integer.class)
                .single();
    }

    private Event event(ResultSet rs, int n) throws SQLException {
        return new Event(
                rs.getObject("id", UUID.class),
                rs.getLong("sequence"),
                rs.getString("type"),
                rs.getObject("tenant_id", UUID.class),
                rs.getString("request_id"),
                rs.getObject("object_id", UUID.class),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                json.readTree(rs.getString("data")));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
