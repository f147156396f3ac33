package dev.clientela.client;

import dev.clientela.tenant.Caller;
import dev.clientela.web.FieldError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of bulk imports: the clients a batch names, the live clients standing in its way, and its
 * writes, each one statement for the whole batch (arrays unnested), so a chunk of a thousand rows costs
 * a handful of round trips rather than several thousand. The unique indexes stay the last word.
 */
@Repository
class BulkWrites {

    private final JdbcClient jdbc;
    private final ClientRows clientRows;
    private final BulkStatements statements;
    private final ClientTrail changes;
    private final ClientEvents events;

    BulkWrites(
            JdbcClient jdbc,
            ClientRows clientRows,
            BulkStatements statements,
            ClientTrail changes,
            ClientEvents events) {
        this.jdbc = jdbc;
        this.clientRows = clientRows;
        this.statements = statements;
        this.changes = changes;
        this.events = events;
    }

    /** The live clients these keys name, by key; locked until the transaction ends when {@code lock}. */
    Map<String, Client> findByKeys(UUID tenantId, BulkKey key, List<String> keys, boolean lock) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        String suffix = lock ? " for update of c" : "";
        List<Client> found = switch (key) {
            case DOCUMENT -> {
                String[][] docs = documents(keys);
                yield jdbc.sql("select " + qualified() + " from clients c join unnest(cast(:c as text[]),"
                                + " cast(:t as text[]), cast(:n as text[])) as k(kc, kt, kn)"
                                + " on c.doc_country = k.kc and c.doc_type = k.kt and c.doc_number = k.kn"
                                + " where c.tenant_id = :tenant and c.deleted_at is null and not c.doc_anonymous"
                                + suffix)
                        .param("tenant", tenantId)
                        .param("c", docs[0])
                        .param("t", docs[1])
                        .param("n", docs[2])
                        .query(clientRows.mapper())
                        .list();
            }
            case EXTERNAL_CODE ->
                jdbc.sql("select " + qualified() + " from clients c where c.tenant_id = ? and c.deleted_at is null"
                                + " and c.external_code = any(?)" + suffix)
                        .params(tenantId, strip(keys))
                        .query(clientRows.mapper())
                        .list();
            case NUMBER ->
                jdbc.sql("select " + qualified() + " from clients c where c.tenant_id = ? and c.deleted_at is null"
                                + " and c.number = any(cast(? as bigint[]))" + suffix)
                        .params(tenantId, strip(keys))
                        .query(clientRows.mapper())
                        .list();
        };
        Map<String, Client> byKey = new HashMap<>();
        for (Client c : found) {
            byKey.put(
                    switch (key) {
                        case DOCUMENT -> BatchKeys.documentKey(c.document());
                        case EXTERNAL_CODE -> "ext:" + c.externalCode();
                        case NUMBER -> "num:" + c.number();
                    },
                    c);
        }
        return byKey;
    }

    /** For each candidate's line, the live clients other than itself holding its document or external code. */
    Map<Integer, List<FieldError>> liveConflicts(UUID tenantId, List<ClientBatch.Candidate> candidates) {
        Map<String, UUID> holders = new HashMap<>();
        List<String> documentKeys = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (ClientBatch.Candidate c : candidates) {
            ClientDocument d = c.client().document();
            if (d != null && !d.anonymous()) {
                documentKeys.add(BatchKeys.documentKey(d));
            }
            if (c.client().externalCode() != null) {
                codes.add(c.client().externalCode());
            }
        }
        if (!documentKeys.isEmpty()) {
            String[][] docs = documents(documentKeys);
            jdbc.sql("""
                            select c.id, c.doc_country, c.doc_type, c.doc_number from clients c
                            join unnest(cast(:c as text[]), cast(:t as text[]), cast(:n as text[])) as k(kc, kt, kn)
                            on c.doc_country = k.kc and c.doc_type = k.kt and c.doc_number = k.kn
                            where c.tenant_id = :tenant and c.deleted_at is null and not c.doc_anonymous""")
                    .param("tenant", tenantId)
                    .param("c", docs[0])
                    .param("t", docs[1])
                    .param("n", docs[2])
                    .query((rs, n) -> holders.put(
                            "doc:" + rs.getString(2) + "/" + rs.getString(3) + "/" + rs.getString(4),
                            rs.getObject(1, UUID.class)))
                    .list();
        }
        if (!codes.isEmpty()) {
            jdbc.sql("select id, external_code from clients where tenant_id = ? and deleted_at is null"
                            + " and external_code = any(?)")
                    .params(tenantId, codes.toArray(String[]::new))
                    .query((rs, n) -> holders.put("ext:" + rs.getString(2), rs.getObject(1, UUID.class)))
                    .list();
        }
        Map<Integer, List<FieldError>> conflicts = new HashMap<>();
        for (ClientBatch.Candidate c : candidates) {
            List<FieldError> errors = new ArrayList<>();
            ClientDocument d = c.client().document();
            UUID docHolder = d == null || d.anonymous() ? null : holders.get(BatchKeys.documentKey(d));
            if (docHolder != null && !docHolder.equals(c.client().id())) {
                errors.add(new FieldError(
                        "document.number",
                        "duplicate_document",
                        "client " + docHolder + " already has this identity document"));
            }
            UUID codeHolder = c.client().externalCode() == null
                    ? null
                    : holders.get("ext:" + c.client().externalCode());
            if (codeHolder != null && !codeHolder.equals(c.client().id())) {
                errors.add(new FieldError(
                        "external_code",
                        "duplicate_external_code",
                        "client " + codeHolder + " already has this external code"));
            }
            if (!errors.isEmpty()) {
                conflicts.put(c.row().line(), errors);
            }
        }
        return conflicts;
    }

    /** Writes the accepted candidates, their words, audit trail and events; answers each one's outcome. */
    List<BulkOutcome> save(UUID tenantId, Caller caller, String source, List<ClientBatch.Candidate> accepted) {
        List<BulkOutcome> outcomes = new ArrayList<>();
        List<Client> toInsert = new ArrayList<>();
        List<Client> toUpdate = new ArrayList<>();
        Map<UUID, ClientBatch.Candidate> byId = new HashMap<>();
        for (ClientBatch.Candidate c : accepted) {
            byId.put(c.client().id(), c);
            if (c.stored() == null) {
                toInsert.add(c.client());
            } else if (c.unchanged()) {
                outcomes.add(new BulkOutcome(
                        c.row().line(), BulkOutcome.Result.UNCHANGED, c.client().id(), List.of()));
            } else {
                toUpdate.add(c.client());
            }
        }
        Map<UUID, Written> ready = new HashMap<>();
        for (ClientBatch.Candidate c : accepted) {
            if (c.stored() == null) {
                ready.put(c.client().id(), c.written() != null ? c.written() : written(c.client()));
            }
        }
        Map<UUID, Client> inserted =
                statements.insertAll(tenantId, toInsert, c -> ready.get(c.id()).columns());
        List<Client> updated = statements.updateAll(tenantId, toUpdate);
        List<ClientTrail.Recorded> recorded = new ArrayList<>();
        List<dev.clientela.events.Events.Raised> raised = new ArrayList<>();
        for (Client c : toInsert) {
            Client saved = inserted.get(c.id());
            ClientBatch.Candidate candidate = byId.get(c.id());
            if (saved == null) {
                // a client written since the batch was checked took its document or external code
                outcomes.add(BulkOutcome.failed(
                        candidate.row().line(),
                        List.of(new FieldError(
                                "document.number",
                                "duplicate_document",
                                "a live client of this tenant now has this document or external code"))));
                continue;
            }
            recorded.add(new ClientTrail.Recorded(
                    "CREATE", null, saved, ready.get(saved.id()).changes()));
            raised.add(ClientEvents.ofCreation(saved));
            outcomes.add(new BulkOutcome(candidate.row().line(), BulkOutcome.Result.CREATED, saved.id(), List.of()));
        }
        for (Client saved : updated) {
            ClientBatch.Candidate candidate = byId.get(saved.id());
            Client stored = candidate.stored();
            boolean archived = stored.status() == ClientStatus.ACTIVE && saved.status() == ClientStatus.INACTIVE;
            recorded.add(new ClientTrail.Recorded(archived ? "ARCHIVE" : "UPDATE", stored, saved));
            raised.addAll(events.ofChange(stored, saved));
            outcomes.add(new BulkOutcome(candidate.row().line(), BulkOutcome.Result.UPDATED, saved.id(), List.of()));
        }
        statements.writeWords(tenantId, new ArrayList<>(inserted.values()), true, ready);
        statements.writeWords(tenantId, updated, false, Map.of());
        changes.recordAll(tenantId, caller, source, recorded);
        events.raiseAll(raised);
        return outcomes;
    }

    /**
     * What writing a new client sends, none of which waits for the database: its columns, its search
     * words and the changes its audit row records. Worked out while the batch before is written.
     */
    Written written(Client c) {
        return new Written(
                clientRows.values(c),
                String.join(" ", SearchWords.of(c)),
                SearchText.fold(c.name()),
                changes.changesOf(null, c));
    }

    record Written(Map<String, Object> columns, String words, String nameKey, String changes) {}

    private static String[][] documents(List<String> keys) {
        String[][] docs = new String[3][keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            String[] parts = keys.get(i).substring(4).split("/", 3);
            docs[0][i] = parts[0];
            docs[1][i] = parts[1];
            docs[2][i] = parts[2];
        }
        return docs;
    }

    private static String[] strip(List<String> keys) {
        return keys.stream().map(k -> k.substring(4)).toArray(String[]::new);
    }

    static String qualified() {
        StringBuilder columns = new StringBuilder();
        for (String column : ClientRows.COLUMNS.split(",")) {
            columns.append(columns.isEmpty() ? "" : ", ").append("c.").append(column.strip());
        }
        return columns.toString();
    }
}
