package dev.clientela.client;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The clients table. Every statement is scoped to one tenant. */
@Repository
class Clients {

    /**
     * What the statement that writes a client writes besides: its words, then its audit row
     * ({@link ClientTrail#entry}) and its events ({@link ClientEvents#creation}, {@link ClientEvents#change}).
     * The same statement reads the clients that may be the same holder ({@link DuplicateCandidates#params}),
     * so a create or an update is one statement, which needs no transaction around it to be all or nothing.
     */
    private static final String ALONG =
            ClientWords.AFTER_WRITTEN + ",\n" + ClientTrail.AFTER_WRITTEN + ",\n" + ClientEvents.AFTER_WRITTEN;

    /** The editable fields of a client written over the stored row, its version bumped. */
    private static final String EDITABLE = """
            kind = :kind, name = :name, legal_name = :legal_name,
                trade_name = :trade_name, doc_country = :doc_country, doc_type = :doc_type,
                doc_number = :doc_number, doc_formatted = :doc_formatted,
                doc_check_digit = :doc_check_digit, doc_anonymous = :doc_anonymous, doc_typed = :doc_typed,
                tax_id = :tax_id,
                email = :email, phone = :phone, phone_e164 = :phone_e164, mobile = :mobile,
                mobile_e164 = :mobile_e164, address = cast(:address as jsonb), notes = :notes,
                image_url = :image_url, external_code = :external_code, status = :status,
                metadata = cast(:metadata as jsonb), credit_limit = :credit_limit, name_key = :name_key,
                search_text = :search_text, phone_digits = :phone_digits, mobile_digits = :mobile_digits,
                version = version + 1, updated_at = greatest(now(), updated_at + interval '1 microsecond')""";

    private final JdbcClient jdbc;
    private final ClientRows rows;
    private final DuplicateCandidates candidates;
    private final RowMapper<Client> mapper;

    Clients(JdbcClient jdbc, ClientRows rows, DuplicateCandidates candidates) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.candidates = candidates;
        this.mapper = rows.mapper();
    }

    /**
     * Inserts a client with the tenant's next client number and all that goes with it ({@link Along}),
     * in one statement. Empty, and nothing written, when a live client already holds its document or
     * external code; a number is then spent only when that client was being written at the same time.
     */
    Optional<Written> insert(UUID tenantId, Client c, Along along) {
        return jdbc.sql("with " + DuplicateCandidates.BEFORE_INSERT + ",\n"
                        // the look first, so that the tenant's counter is held for the insert alone
                        + "duplicates_found as materialized (select " + DuplicateCandidates.FOUND + "),\n" + """
                        n as (
                            insert into client_counters as counter (tenant_id, last_number)
                            select :tenant, 1 from duplicates_found
                            where not exists (
                                    select 1 from clients where tenant_id = :tenant and doc_country = :doc_country
                                    and doc_type = :doc_type and doc_number = :doc_number and deleted_at is null
                                    and not doc_anonymous and not cast(:doc_anonymous as boolean))
                                and not exists (
                                    select 1 from clients where tenant_id = :tenant and external_code = :external_code
                                    and deleted_at is null)
                            on conflict (tenant_id) do update set last_number = counter.last_number + 1
                            returning last_number),
                        written as (
                        insert into clients (tenant_id, id, number, kind, name, legal_name, trade_name, doc_country,
                            doc_type, doc_number, doc_formatted, doc_check_digit, doc_anonymous, doc_typed, tax_id,
                            email, phone,
                            phone_e164, mobile, mobile_e164, address, notes, image_url, external_code, status, metadata,
                            credit_limit, name_key, search_text, phone_digits, mobile_digits, created_at, updated_at)
                        select :tenant, :id, n.last_number, :kind, :name, :legal_name, :trade_name, :doc_country,
                            :doc_type, :doc_number, :doc_formatted, :doc_check_digit, :doc_anonymous, :doc_typed, :tax_id,
                            :email,
                            :phone, :phone_e164, :mobile, :mobile_e164, cast(:address as jsonb), :notes, :image_url,
                            :external_code, :status, cast(:metadata as jsonb), :credit_limit, :name_key, :search_text,
                            :phone_digits, :mobile_digits, now(), now()
                        from n
                        on conflict do nothing
                        returning\s"""
                        + ClientRows.COLUMNS + "),\n" + ALONG + "\nselect " + ClientRows.COLUMNS
                        + ", duplicates_found.candidates from written, duplicates_found")
                .param("tenant", tenantId)
                .params(ClientRows.typedNulls(rows.values(c)))
                .params(ClientWords.params(c))
                .params(ClientRows.typedNulls(along.params()))
                .query(this::written)
                .optional();
    }

    /**
     * Writes the editable fields of {@code c} over the {@code stored} row, bumping its version, with all
     * that goes with it ({@link Along}; its words only when they change), in one statement; empty, and
     * nothing written, when the row is no longer the live one at {@code readVersion}. A change of
     * document waits first for the lock of {@code documentLock} ({@link ClientHolders#lockName}), as a
     * restore bringing it does.
     */
    Optional<Written> update(
            UUID tenantId, Client stored, Client c, long readVersion, String documentLock, Along along) {
        return jdbc.sql("with " + DuplicateCandidates.BEFORE_INSERT + ",\n"
                        // the look first, so that the tenant's event counter is held for the write alone
                        + "duplicates_found as materialized (select " + DuplicateCandidates.FOUND + "),\n" + """
                        written as (
                        update clients set\s"""
                        + EDITABLE + "\n" + """
                        from (""" + ClientHolders.LOCK + """
                        ) document_lock, duplicates_found
                        where tenant_id = :tenant and id = :id and version = :read_version and deleted_at is null
                        returning\s""" + ClientRows.COLUMNS + ", clients me),\n"
                        + ALONG
                        + "\nselect " + ClientRows.COLUMNS
                        + ", duplicates_found.candidates from written, duplicates_found")
                .param("tenant", tenantId)
                .param("read_version", readVersion)
                .param("document_lock", documentLock == null ? ClientRows.TEXT_NULL : documentLock)
                .params(ClientRows.typedNulls(rows.values(c)))
                .params(ClientWords.params(stored, c))
                .params(ClientRows.typedNulls(along.params()))
                .query(this::written)
                .optional();
    }

    /**
     * Writes the editable fields of {@code c} over the stored row, bumping its version, with its
     * words and its audit row ({@link ClientTrail#entry}), in one statement: for a merge, which raises
     * its own events.
     */
    Client update(UUID tenantId, Client c, Map<String, Object> audit) {
        return jdbc.sql("with written as (update clients set " + EDITABLE
                        + "\nwhere tenant_id = :tenant and id = :id returning " + ClientRows.COLUMNS + "),\n"
                        + ClientWords.AFTER_WRITTEN + ",\n" + ClientTrail.AFTER_WRITTEN + "\nselect * from written")
                .param("tenant", tenantId)
                .params(rows.values(c))
                .params(ClientWords.params(c))
                .params(audit)
                .query(mapper)
                .single();
    }

    /** The audit row, events and duplicate look of a write, as the parameters of their expressions. */
    record Along(Map<String, Object> audit, Map<String, Object> events, Map<String, Object> duplicates) {

        Map<String, Object> params() {
            Map<String, Object> params = new HashMap<>(audit);
            params.putAll(events);
            params.putAll(duplicates);
            return params;
        }
    }

    /** A client as written, with the clients that may be the same holder. */
    record Written(Client client, List<DuplicateCandidates.Candidate> candidates) {}

    private Written written(ResultSet rs, int row) throws SQLException {
        return new Written(mapper.mapRow(rs, row), candidates.read(rs.getString("candidates")));
    }

    /** Writes the words of {@code c} as it is stored, alone: for a row put back by an undone merge. */
    void writeWords(UUID tenantId, Client c) {
        jdbc.sql("with written as (select id, number from clients where tenant_id = :tenant and id = :id),\n"
                        + ClientWords.AFTER_WRITTEN + "\nselect count(*) from written")
                .param("tenant", tenantId)
                .param("id", c.id())
                .params(ClientWords.params(c))
                .query(Long.class)
                .single();
    }

    Optional<Client> find(UUID tenantId, UUID id) {
        return jdbc.sql("select " + ClientRows.COLUMNS
                        + " from clients where tenant_id = ? and id = ? and deleted_at is null")
                .params(tenantId, id)
                .query(mapper)
                .optional();
    }

    /** The live client with this id, or the survivor it was merged into. */
    Optional<Client> findFollowingMerge(UUID tenantId, UUID id) {
        return jdbc.sql("select " + ClientRows.COLUMNS
                        + " from clients where tenant_id = ? and deleted_at is null and id ="
                        + " (select coalesce(merged_into, id) from clients where tenant_id = ? and id = ?)")
                .params(tenantId, tenantId, id)
                .query(mapper)
                .optional();
    }

    /** The client this one was merged into, if it was. */
    Optional<UUID> mergedInto(UUID tenantId, UUID id) {
        return jdbc.sql("select merged_into from clients where tenant_id = ? and id = ? and merged_into is not null")
                .params(tenantId, id)
                .query(UUID.class)
                .optional();
    }

    /** These clients, deleted or not, in one read. */
    List<Client> findAny(UUID tenantId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + ClientRows.COLUMNS + " from clients where tenant_id = ? and id = any(?)")
                .params(tenantId, ids.toArray(UUID[]::new))
                .query(mapper)
                .list();
    }

    /** The client, deleted or not, locked until the end of the transaction. */
    Optional<Client> lock(UUID tenantId, UUID id) {
        return jdbc.sql("select " + ClientRows.COLUMNS + " from clients where tenant_id = ? and id = ? for update")
                .params(tenantId, id)
                .query(mapper)
                .optional();
    }

    /** Whether the client exists, deleted or not. */
    boolean exists(UUID tenantId, UUID id) {
        return jdbc.sql("select exists (select 1 from clients where tenant_id = ? and id = ?)")
                .params(tenantId, id)
                .query(Boolean.class)
                .single();
    }

    /** The live client with this number, or the survivor of the client that had it. */
    Optional<Client> findByNumber(UUID tenantId, long number) {
        return jdbc.sql("select " + ClientRows.COLUMNS
                        + " from clients where tenant_id = ? and deleted_at is null and id ="
                        + " (select coalesce(merged_into, id) from clients where tenant_id = ? and number = ?)")
                .params(tenantId, tenantId, number)
                .query(mapper)
                .optional();
    }

    /**
     * Clients, deleted ones included, whose canonical document number is this one, live ones first;
     * a merged client stands for its survivor.
     */
    List<UUID> holdersOfNumber(UUID tenantId, String number) {
        return jdbc.sql("""
                        select holder from (
                            select coalesce(merged_into, id) holder, bool_or(deleted_at is null or merged_into is not null) live
                            from clients where tenant_id = ? and doc_number = ? group by 1) h
                        order by live desc""").params(tenantId, number).query(UUID.class).list();
    }

    /** When the client was deleted; empty when it was not live. */
    Optional<Instant> markDeleted(UUID tenantId, UUID id) {
        return jdbc.sql("""
                        update clients set deleted_at = now(), version = version + 1,
                            updated_at = greatest(now(), updated_at + interval '1 microsecond')
                        where tenant_id = ? and id = ? and deleted_at is null returning deleted_at""")
                .params(tenantId, id)
                .query((rs, n) -> ClientRows.instant(rs, "deleted_at"))
                .optional();
    }

    Client markRestored(UUID tenantId, UUID id) {
        return jdbc.sql("""
                        update clients set deleted_at = null, version = version + 1,
                            updated_at = greatest(now(), updated_at + interval '1 microsecond')
                        where tenant_id = ? and id = ? returning\s""" + ClientRows.COLUMNS)
                .params(tenantId, id)
                .query(mapper)
                .single();
    }

    boolean purge(UUID tenantId, UUID id) {
        return jdbc.sql("delete from clients where tenant_id = ? and id = ?")
                        .params(tenantId, id)
                        .update()
                == 1;
    }
}
