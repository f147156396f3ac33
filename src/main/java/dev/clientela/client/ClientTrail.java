package dev.clientela.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.github.f4b6a3.uuid.UuidCreator;
import dev.clientela.tenant.Caller;
import dev.clientela.web.RequestIds;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail of clients, written in the same transaction as the change it records: what
 * changed field by field (old and new values), which key or console user changed it and in which
 * request.
 */
@Repository
public class ClientTrail {

    private final JdbcClient jdbc;
    private final ClientJson json;

    ClientTrail(JdbcClient jdbc, ClientJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * The audit row of a create or an update, as a common table expression for the statement that
     * writes the client (a {@code written} one returning its {@code id}), so that the change and its
     * record cost one round trip; its parameters come from {@link #entry}.
     */
    static final String AFTER_WRITTEN = """
            audited as (
                insert into client_changes (tenant_id, id, client_id, action, key_id, user_id, request_id, changes)
                select :tenant, :change_id, w.id, :change_action, :change_key, :change_user, :change_request,
                       cast(:changes as jsonb)
                from written w)""";

    /**
     * The parameters of {@link #AFTER_WRITTEN} for a create ({@code before} null) or an update: the
     * editable fields that differ between the two versions, all of which the caller set.
     */
    Map<String, Object> entry(Caller caller, String action, Client before, Client after) {
        Map<String, Object> params = new HashMap<>();
        params.put("change_id", UuidCreator.getTimeOrderedEpoch());
        params.put("change_action", action);
        params.put("change_key", caller.keyId());
        params.put("change_user", caller.userId());
        params.put("change_request", RequestIds.current());
        params.put("changes", json.write(diff(before == null ? null : json.editable(before), json.editable(after))));
        return params;
    }

    /** Records a change of a client written without the audit row in its own statement (a merge, its undo). */
    void record(UUID tenantId, Caller caller, String action, Client before, Client after) {
        record(
                tenantId,
                caller,
                action,
                after.id(),
                diff(before == null ? null : json.editable(before), json.editable(after)));
    }

    /** Records a delete, restore or purge, as the change of {@code deleted_at}. */
    void recordDeletion(UUID tenantId, Caller caller, String action, UUID clientId, Instant from, Instant to) {
        String old = from == null ? null : json.write(from.toString());
        String now = to == null ? null : json.write(to.toString());
        record(tenantId, caller, action, clientId, List.of(new FieldChange("deleted_at", old, now)));
    }

    private void record(UUID tenantId, Caller caller, String action, UUID clientId, List<FieldChange> changes) {
        jdbc.sql("insert into client_changes (tenant_id, id, client_id, action, key_id, user_id, request_id, changes)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?::jsonb)")
                .params(
                        tenantId,
                        UuidCreator.getTimeOrderedEpoch(),
                        clientId,
                        action,
                        caller.keyId(),
                        caller.userId(),
                        RequestIds.current(),
                        json.write(changes))
                .update();
    }

    /** Records many creates and updates in one statement; {@code source} stands where a request id would. */
    void recordAll(UUID tenantId, Caller caller, String source, List<Recorded> recorded) {
        if (recorded.isEmpty()) {
            return;
        }
        String[] ids = new String[recorded.size()];
        String[] clients = new String[recorded.size()];
        String[] actions = new String[recorded.size()];
        String[] changes = new String[recorded.size()];
        for (int i = 0; i < recorded.size(); i++) {
            Recorded r = recorded.get(i);
            ids[i] = UuidCreator.getTimeOrderedEpoch().toString();
            clients[i] = r.after().id().toString();
            actions[i] = r.action();
            changes[i] = r.changes() != null ? r.changes() : changesOf(r.before(), r.after());
        }
        jdbc.sql("""
                        insert into client_changes (tenant_id, id, client_id, action, key_id, user_id, request_id, changes)
                        select :tenant, r.id, r.client, r.action, :key, cast(:user as uuid), :source,
                            cast(r.changes as jsonb)
                        from unnest(cast(:ids as uuid[]), cast(:clients as uuid[]), cast(:actions as text[]),
                            cast(:changes as text[])) as r(id, client, action, changes)""")
                .param("tenant", tenantId)
                .param("key", caller.keyId())
                .param("user", caller.userId())
                .param("source", source)
                .param("ids", ids)
                .param("clients", clients)
                .param("actions", actions)
                .param("changes", changes)
                .update();
    }

    /** The changes an audit row records, as JSON: every field of a client created ({@code before} null). */
    String changesOf(Client before, Client after) {
        return json.write(diff(before == null ? null : json.editable(before), json.editable(after)));
    }

    /** A create ({@code before} null) or an update to record; {@code changes} when already worked out. */
    record Recorded(String action, Client before, Client after, String changes) {
        Recorded(String action, Client before, Client after) {
            this(action, before, after, null);
        }
    }

    List<Change> list(UUID tenantId, UUID clientId, int limit, int offset) {
        return jdbc.sql("select id, action, key_id, user_id, request_id, changes::text, changed_at from client_changes"
                        + " where tenant_id = ? and client_id = ? order by changed_at desc, id desc limit ? offset ?")
                .params(tenantId, clientId, limit, offset)
                .query(this::map)
                .list();
    }

    private Change map(ResultSet rs, int row) throws SQLException {
        return new Change(
                rs.getObject("id", UUID.class),
                rs.getString("action"),
                rs.getObject("key_id", UUID.class),
                rs.getObject("user_id", UUID.class),
                rs.getString("request_id"),
                rs.getString("changes"),
                rs.getObject("changed_at", java.time.OffsetDateTime.class).toInstant());
    }

    /** The fields that differ, as dotted paths ({@code address.city}), with their old and new values. */
    List<FieldChange> diff(JsonNode before, JsonNode after) {
        Map<String, JsonNode> old = new TreeMap<>();
        Map<String, JsonNode> now = new TreeMap<>();
        flatten("", before, old);
        flatten("", after, now);
        TreeMap<String, Boolean> fields = new TreeMap<>();
        old.keySet().forEach(f -> fields.put(f, true));
        now.keySet().forEach(f -> fields.put(f, true));
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields.keySet()) {
            JsonNode from = old.get(field);
            JsonNode to = now.get(field);
            if (!Objects.equals(from, to)) {
                changes.add(new FieldChange(field, text(from), text(to)));
            }
        }
        return changes;
    }

    private String text(JsonNode value) {
        return value == null ? null : json.write(value);
    }

    private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> into) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            for (var member : node.properties()) {
                flatten(prefix + member.getKey() + ".", member.getValue(), into);
            }
            return;
        }
        into.put(prefix.substring(0, prefix.length() - 1), node);
    }

    /** One field's old and new values, as JSON text. */
    record FieldChange(
            String field,
            @JsonRawValue String old,
            @JsonProperty("new") @JsonRawValue String value) {}

    /**
     * One entry of the trail, by a key ({@code keyId}) or by a console user ({@code userId});
     * {@code changes} is the JSON array of its field changes.
     */
    public record Change(
            UUID id,
            String action,
            UUID keyId,
            @JsonInclude(JsonInclude.Include.NON_NULL) UUID userId,
            String requestId,
            @JsonRawValue String changes,
            Instant changedAt) {}
}
