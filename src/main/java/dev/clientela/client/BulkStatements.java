package dev.clientela.client;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Many clients written by one statement each: their columns sent as arrays, one per column, and
 * unnested into rows, so the statement is the same text whatever the batch's size.
 */
@Repository
class BulkStatements {

    /** The written columns, with the type their array is cast to. */
    private static final String[][] WRITTEN = {
        {"id", "uuid"},
        {"kind", "text"},
        {"name", "text"},
        {"legal_name", "text"},
        {"trade_name", "text"},
        {"doc_country", "text"},
        {"doc_type", "text"},
        {"doc_number", "text"},
        {"doc_formatted", "text"},
        {"doc_check_digit", "text"},
        {"doc_anonymous", "boolean"},
        {"doc_typed", "text"},
        {"tax_id", "text"},
        {"email", "text"},
        {"phone", "text"},
        {"phone_e164", "text"},
        {"mobile", "text"},
        {"mobile_e164", "text"},
        {"address", "jsonb"},
        {"notes", "text"},
        {"image_url", "text"},
        {"external_code", "text"},
        {"status", "text"},
        {"metadata", "jsonb"},
        {"credit_limit", "numeric"},
        {"name_key", "text"},
        {"search_text", "text"},
        {"phone_digits", "text"},
        {"mobile_digits", "text"}
    };

    /** The words of each client, one row a word. */
    private static final String WORDS = """
            with r as (
                select * from unnest(cast(:ids as uuid[]), cast(:words as text[]), cast(:name_keys as text[]),
                    cast(:numbers as bigint[])) as r(id, words, name_key, number)),
            w as (
                select r.id, word collate "C" as word, r.name_key, r.number
                from r, unnest(string_to_array(r.words, ' ')) as word
                where word <> ''),
            known as (
                insert into client_dictionary (tenant_id, word)
                select distinct :tenant, word from w where word ~ '^[a-z0-9]'
                on conflict do nothing)
            """;

    /**
     * A new client has no words yet, so they are inserted plainly, in word order: the word index then
     * takes them page by page rather than one random page a word.
     */
    private static final String WORDS_OF_NEW = WORDS + """
            insert into client_words (tenant_id, client_id, word, name_key, number)
            select :tenant, id, word, name_key, number from w order by word""";

    /** A changed client's words replace those it had; those it keeps stay as they are. */
    private static final String WORDS_REPLACED = WORDS.replace("known as (", """
            gone as (
                delete from client_words x using r
                where x.tenant_id = :tenant and x.client_id = r.id
                and not exists (select 1 from w where w.id = x.client_id and w.word = x.word)),
            known as (""") + """
            insert into client_words (tenant_id, client_id, word, name_key, number)
            select :tenant, id, word, name_key, number from w
            on conflict (tenant_id, client_id, word) do update set name_key = excluded.name_key
            where client_words.name_key <> excluded.name_key""";

    private final JdbcClient jdbc;
    private final ClientRows clientRows;

    BulkStatements(JdbcClient jdbc, ClientRows clientRows) {
        this.jdbc = jdbc;
        this.clientRows = clientRows;
    }

    /**
     * Inserts new clients, numbered in order after the tenant's last number. Those a live client's
     * document or external code stands in the way of are left out of the answer.
     */
    Map<UUID, Client> insertAll(
            UUID tenantId, List<Client> batch, java.util.function.Function<Client, Map<String, Object>> columns) {
        Map<UUID, Client> inserted = new HashMap<>();
        if (batch.isEmpty()) {
            return inserted;
        }
        StringBuilder names = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (String[] column : WRITTEN) {
            names.append(", ").append(column[0]);
            values.append(", r.").append(column[0]);
        }
        var statement = jdbc.sql("with n as (insert into client_counters as counter (tenant_id, last_number)"
                        + " values (:tenant, :count) on conflict (tenant_id) do update"
                        + " set last_number = counter.last_number + :count returning last_number)"
                        + " insert into clients (tenant_id, number" + names + ", created_at, updated_at)"
                        + " select :tenant, n.last_number - :count + r.ord" + values + ", now(), now()"
                        + " from n, " + unnest() + " with ordinality as r(" + columnList() + ", ord)"
                        // what the database decided is all that comes back: the rest is what was sent
                        + " on conflict do nothing returning id, number, created_at, updated_at")
                .param("tenant", tenantId)
                .param("count", batch.size());
        Map<UUID, Client> sent = new HashMap<>();
        for (Client c : batch) {
            sent.put(c.id(), c);
        }
        bind(statement, batch, columns).query(rs -> {
            UUID id = rs.getObject(1, UUID.class);
            inserted.put(
                    id,
                    sent.get(id)
                            .inserted(
                                    rs.getLong(2),
                                    rs.getObject(3, OffsetDateTime.class).toInstant(),
                                    rs.getObject(4, OffsetDateTime.class).toInstant()));
        });
        return inserted;
    }

    /** Writes each client's editable fields over its stored row, bumping its version. */
    List<Client> updateAll(UUID tenantId, List<Client> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        StringBuilder set = new StringBuilder();
        for (String[] column : WRITTEN) {
            if (!column[0].equals("id")) {
                set.append(column[0]).append(" = r.").append(column[0]).append(", ");
            }
        }
        var statement = jdbc.sql("update clients c set " + set
                        + "version = c.version + 1, updated_at = greatest(now(), c.updated_at + interval '1 microsecond')"
                        + " from " + unnest() + " as r(" + columnList() + ")"
                        + " where c.tenant_id = :tenant and c.id = r.id returning " + BulkWrites.qualified())
                .param("tenant", tenantId);
        return bind(statement, batch, clientRows::values)
                .query(clientRows.mapper())
                .list();
    }

    /**
     * The words each client is found by, replacing those it had; new name words join the dictionary.
     * Clients just inserted have no words yet, so nothing of theirs is looked for to delete.
     */
    void writeWords(UUID tenantId, List<Client> written, boolean inserted, Map<UUID, BulkWrites.Written> ready) {
        if (written.isEmpty()) {
            return;
        }
        String[] ids = new String[written.size()];
        String[] words = new String[written.size()];
        String[] nameKeys = new String[written.size()];
        String[] numbers = new String[written.size()];
        for (int i = 0; i < written.size(); i++) {
            Client c = written.get(i);
            ids[i] = c.id().toString();
            BulkWrites.Written w = ready.get(c.id());
            words[i] = w != null ? w.words() : String.join(" ", SearchWords.of(c));
            nameKeys[i] = w != null ? w.nameKey() : SearchText.fold(c.name());
            numbers[i] = String.valueOf(c.number());
        }
        jdbc.sql(inserted ? WORDS_OF_NEW : WORDS_REPLACED)
                .param("tenant", tenantId)
                .param("ids", ids)
                .param("words", words)
                .param("name_keys", nameKeys)
                .param("numbers", numbers)
                .update();
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec statement,
            List<Client> batch,
            java.util.function.Function<Client, Map<String, Object>> columns) {
        List<Map<String, Object>> rows = new ArrayList<>(batch.size());
        for (Client c : batch) {
            rows.add(columns.apply(c));
        }
        for (String[] column : WRITTEN) {
            String[] array = new String[batch.size()];
            for (int i = 0; i < batch.size(); i++) {
                Object value = rows.get(i).get(column[0]);
                array[i] = value == null
                        ? null
                        : value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
            }
            statement = statement.param("a_" + column[0], array);
        }
        return statement;
    }

    private static String unnest() {
        StringBuilder arrays = new StringBuilder("unnest(");
        for (int i = 0; i < WRITTEN.length; i++) {
            arrays.append(i == 0 ? "" : ", ")
                    .append("cast(:a_")
                    .append(WRITTEN[i][0])
                    .append(" as ")
                    .append(WRITTEN[i][1])
                    .append("[])");
        }
        return arrays.append(")").toString();
    }

    private static String columnList() {
        StringBuilder names = new StringBuilder();
        for (String[] column : WRITTEN) {
            names.append(names.isEmpty() ? "" : ", ").append(column[0]);
        }
        return names.toString();
    }
}
