package dev.clientela.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.github.f4b6a3.uuid.UuidCreator;
import dev.clientela.tenant.Caller;
import dev.clientela.web.RequestIds;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
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
 * changed field by field (old and new values), which key changed it and in which request.
 */
@Repository
class ClientTrail {

    private final JdbcClient jdbc;
    private final ClientJson json;

    ClientTrail(JdbcClient jdbc, ClientJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records a create or an update: the editable fields that differ between the two versions. */
    void record(UUID tenantId, Caller caller, String action, Client before, Client after) {
        List<FieldChange> changes = diff(before == null ? null : json.editable(before), json.editable(after));
        record(tenantId, caller, action, after.id(), changes);
    }

    /** Records a delete, restore or purge, as the change of {@code deleted_at}. */
    void recordDeletion(UUID tenantId, Caller caller, String action, UUID clientId, Instant from, Instant to) {
        String old = from == null ? null : json.write(from.toString());
        String now = to == null ? null : json.write(to.toString());
        record(tenantId, caller, action, clientId, List.of(new FieldChange("deleted_at", old, now)));
    }

    private void record(UUID tenantId, Caller caller, String action, UUID clientId, List<FieldChange> changes) {
        jdbc.sql("insert into client_changes (tenant_id, id, client_id, action, key_id, request_id, changes)"
                        + " values (?, ?, ?, ?, ?, ?, ?::jsonb)")
                .params(
                        tenantId,
                        UuidCreator.getTimeOrderedEpoch(),
                        clientId,
                        action,
                        caller.keyId(),
                        RequestIds.current(),
                        json.write(changes))
                .update();
    }

    List<Change> list(UUID tenantId, UUID clientId, int limit, int offset) {
        return jdbc.sql("select id, action, key_id, request_id, changes::text, changed_at from client_changes"
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

    /** One entry of the trail; {@code changes} is the JSON array of its field changes. */
    record Change(
            UUID id,
            String action,
            UUID keyId,
            String requestId,
            @JsonRawValue String changes,
            Instant changedAt) {}
}
