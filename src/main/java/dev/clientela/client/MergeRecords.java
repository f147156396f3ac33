package dev.clientela.client;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;

/**
 * The SQL of merges: the merge records, the rows as they stood, and the records that point to
 * clients, moved to the survivor and back. Rows are saved with {@code to_jsonb} and put back by
 * the migration's {@code clientela_restore_row}, so every column comes back as it was.
 */
@Repository
class MergeRecords {

    /** The tables whose rows point to a client, each by its {@code client_id}. */
    static final List<String> POINTING = List.of("sales", "quotations", "invoices", "bills", "payment_plans");

    private final JdbcClient jdbc;
    private final ClientJson json;
    private final ClientRows clientRows;

    MergeRecords(JdbcClient jdbc, ClientJson json, ClientRows clientRows) {
        this.jdbc = jdbc;
        this.json = json;
        this.clientRows = clientRows;
    }

    /** The client's whole row, as JSON. */
    String state(UUID tenantId, UUID id) {
        return jdbc.sql("select to_jsonb(c)::text from clients c where tenant_id = ? and id = ?")
                .params(tenantId, id)
                .query(String.class)
                .single();
    }

    /** A saved row read as a client. */
    Client clientOf(String state) {
        return jdbc.sql("select " + ClientRows.COLUMNS + " from jsonb_populate_record(null::clients, cast(? as jsonb))")
                .param(state)
                .query(clientRows.mapper())
                .single();
    }

    long openPlans(UUID tenantId, List<UUID> clientIds) {
        return jdbc.sql(
                        "select count(*) from payment_plans where tenant_id = ? and client_id = any(?) and status = 'PENDING'")
                .params(tenantId, clientIds.toArray(UUID[]::new))
                .query(Long.class)
                .single();
    }

    List<Client> markMerged(UUID tenantId, List<UUID> ids, UUID survivor) {
        return jdbc.sql("""
                        update clients set status = 'MERGED', merged_into = ?, deleted_at = now(), version = version + 1,
                            updated_at = greatest(now(), updated_at + interval '1 microsecond')
                        where tenant_id = ? and id = any(?) returning\s""" + ClientRows.COLUMNS)
                .params(survivor, tenantId, ids.toArray(UUID[]::new))
                .query(clientRows.mapper())
                .list();
    }

    /** Clients merged earlier into one being merged now follow it, so merged_into stays one hop. */
    List<Moved> passOn(UUID tenantId, List<UUID> ids, UUID survivor) {
        return move("clients", "merged_into", tenantId, ids, survivor);
    }

    Map<String, List<Moved>> repoint(UUID tenantId, List<UUID> ids, UUID survivor) {
        Map<String, List<Moved>> moved = new LinkedHashMap<>();
        for (String table : POINTING) {
            moved.put(table, move(table, "client_id", tenantId, ids, survivor));
        }
        return moved;
    }

    private List<Moved> move(String table, String column, UUID tenantId, List<UUID> from, UUID to) {
        return jdbc.sql("""
                        with moving as (
                            select id, %2$s as old from %1$s where tenant_id = :tenant and %2$s = any(:from) for update),
                        moved as (
                            update %1$s t set %2$s = :to from moving where t.tenant_id = :tenant and t.id = moving.id)
                        select id, old from moving order by id""".formatted(table, column))
                .param("tenant", tenantId)
                .param("from", from.toArray(UUID[]::new))
                .param("to", to)
                .query((rs, n) -> new Moved(rs.getObject("id", UUID.class), rs.getObject("old", UUID.class)))
                .list();
    }

    /** Points each moved row back where it was, if it still points to the survivor. */
    int pointBack(String table, List<Moved> moved, UUID survivor, UUID tenantId) {
        String column = table.equals("clients") ? "merged_into" : "client_id";
        int n = 0;
        for (Moved m : moved) {
            n += jdbc.sql("update %1$s set %2$s = ? where tenant_id = ? and id = ? and %2$s = ?"
                            .formatted(table, column))
                    .params(m.from(), tenantId, m.id(), survivor)
                    .update();
        }
        return n;
    }

    /** Records of the survivor written since the merge, which an undo leaves with it. */
    long writtenSince(String table, UUID tenantId, UUID survivor, Instant since) {
        return jdbc.sql("select count(*) from %s where tenant_id = ? and client_id = ? and created_at >= ?"
                        .formatted(table))
                .params(tenantId, survivor, OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC))
                .query(Long.class)
                .single();
    }

    void restore(String state) {
        jdbc.sql("select clientela_restore_row('clients', cast(? as jsonb))")
                .param(state)
                .query()
                .singleValue();
    }

    void insert(UUID tenantId, Merge m) {
        jdbc.sql("""
                        insert into client_merges (tenant_id, id, survivor_id, merged_ids, keep, survivor_before,
                            survivor_after_version, merged_before, repointed, key_id, request_id, merged_at)
                        values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?)""")
                .params(
                        tenantId,
                        m.id(),
                        m.survivorId(),
                        m.mergedIds().toArray(UUID[]::new),
                        json.write(m.keep()),
                        m.survivorBefore(),
                        m.survivorAfterVersion(),
                        "[" + String.join(",", m.mergedBefore()) + "]",
                        json.write(m.repointed()),
                        m.keyId(),
                        m.requestId(),
                        OffsetDateTime.ofInstant(m.mergedAt(), java.time.ZoneOffset.UTC))
                .update();
    }

    Optional<Merge> lock(UUID tenantId, UUID id) {
        return jdbc.sql("select * from client_merges where tenant_id = ? and id = ? for update")
                .params(tenantId, id)
                .query(this::map)
                .optional();
    }

    Optional<Merge> find(UUID tenantId, UUID id) {
        return jdbc.sql("select * from client_merges where tenant_id = ? and id = ?")
                .params(tenantId, id)
                .query(this::map)
                .optional();
    }

    Optional<UUID> latestOf(UUID tenantId, UUID mergedId) {
        return jdbc.sql("""
                        select id from client_merges where tenant_id = ? and ? = any(merged_ids) and undone_at is null
                        order by merged_at desc limit 1""").params(tenantId, mergedId).query(UUID.class).optional();
    }

    void markUndone(UUID tenantId, UUID id, Instant at, UUID keyId, String requestId) {
        jdbc.sql("update client_merges set undone_at = ?, undone_key_id = ?, undone_request_id = ?"
                        + " where tenant_id = ? and id = ?")
                .params(OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC), keyId, requestId, tenantId, id)
                .update();
    }

    private Merge map(ResultSet rs, int row) throws SQLException {
        List<String> mergedBefore = new ArrayList<>();
        json.read(rs.getString("merged_before"), JsonNode.class).forEach(n -> mergedBefore.add(n.toString()));
        Map<String, List<Moved>> repointed = new LinkedHashMap<>();
        json.read(rs.getString("repointed"), JsonNode.class).properties().forEach(e -> {
            List<Moved> moved = new ArrayList<>();
            e.getValue()
                    .forEach(m -> moved.add(new Moved(
                            UUID.fromString(m.get("id").stringValue()),
                            UUID.fromString(m.get("from").stringValue()))));
            repointed.put(e.getKey(), moved);
        });
        Map<String, UUID> keep = new LinkedHashMap<>();
        json.read(rs.getString("keep"), JsonNode.class)
                .properties()
                .forEach(e -> keep.put(e.getKey(), UUID.fromString(e.getValue().stringValue())));
        return new Merge(
                rs.getObject("id", UUID.class),
                rs.getObject("survivor_id", UUID.class),
                List.of((UUID[]) rs.getArray("merged_ids").getArray()),
                keep,
                rs.getString("survivor_before"),
                rs.getLong("survivor_after_version"),
                mergedBefore,
                repointed,
                rs.getObject("key_id", UUID.class),
                rs.getString("request_id"),
                instant(rs, "merged_at"),
                instant(rs, "undone_at"),
                rs.getObject("undone_key_id", UUID.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    /** A row moved from one client to another. */
    record Moved(UUID id, UUID from) {}

    /** A merge as recorded. */
    record Merge(
            UUID id,
            UUID survivorId,
            List<UUID> mergedIds,
            Map<String, UUID> keep,
            String survivorBefore,
            long survivorAfterVersion,
            List<String> mergedBefore,
            Map<String, List<Moved>> repointed,
            UUID keyId,
            String requestId,
            Instant mergedAt,
            Instant undoneAt,
            UUID undoneKeyId) {}
}
