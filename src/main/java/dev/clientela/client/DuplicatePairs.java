package dev.clientela.client;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the duplicate report: the pairs of live clients that may be one holder, found by the
 * blocking keys they share and scored by the migration's functions, as the on-write check scores.
 */
@Repository
class DuplicatePairs {

    /** The report keeps pairs from here up: a lone weak sign (one swapped digit, one name) is left to the warning. */
    static final BigDecimal REPORT_FROM = new BigDecimal("0.6");

    /**
     * A key shared by more clients than this (one shop's phone on every walk-in sale, a very common
     * name) tells nothing about any pair of them, and would make the full build quadratic.
     */
    static final int LARGEST_BLOCK = 50;

    /**
     * The live clients holding {@code shared_key} (a column of the enclosing query), one more than a
     * block may hold at most: more than {@link #LARGEST_BLOCK} ids say the key is too common to count.
     * One key at a time through the keys' GIN index, so a common key costs a page of it, not its clients.
     */
    static final String BLOCK = """
            select clientela_duplicate_block(shared_key, :largest) ids""";

    private static final String SCORED = """
            insert into duplicate_pairs (tenant_id, client_a, client_b, score, reasons)
            select :tenant, p.a, p.b, clientela_duplicate_score(x.r), x.r
            from pairs p
            join clients ca on ca.tenant_id = :tenant and ca.id = p.a
            join clients cb on cb.tenant_id = :tenant and cb.id = p.b
            cross join lateral (select clientela_duplicate_reasons(ca, cb) r) x
            where clientela_duplicate_score(x.r) >= :threshold
            on conflict (tenant_id, client_a, client_b) do update set score = excluded.score, reasons = excluded.reasons""";

    private final JdbcClient jdbc;

    DuplicatePairs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds the tenant's report until the transaction ends, so two instances never build it at once. */
    void lock(UUID tenantId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
                .param("duplicates/" + tenantId)
                .query()
                .singleValue();
    }

    /** The same lock, if no one holds it; held until the transaction ends. */
    boolean tryLock(UUID tenantId) {
        return jdbc.sql("select pg_try_advisory_xact_lock(hashtextextended(?, 0))")
                .param("duplicates/" + tenantId)
                .query(Boolean.class)
                .single();
    }

    Optional<Instant> scannedUntil(UUID tenantId) {
        return jdbc.sql("select scanned_until from duplicate_scans where tenant_id = ?")
                .param(tenantId)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .optional();
    }

    /** The database's time: the clients' updated_at are written by it. */
    Instant now() {
        return jdbc.sql("select now()")
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .single();
    }

    void scanned(UUID tenantId, Instant until) {
        jdbc.sql("""
                        insert into duplicate_scans (tenant_id, scanned_until) values (?, ?)
                        on conflict (tenant_id) do update set scanned_until = excluded.scanned_until""")
                .params(tenantId, OffsetDateTime.ofInstant(until, java.time.ZoneOffset.UTC))
                .update();
    }

    /**
     * Every pair of the tenant from scratch: each key's clients paired, by one hash join, and each
     * client's features worked out once, not once per pair it is in. A city-pair key's block is
     * paired only within the clients that also share a second sign ({@code clientela_duplicate_seconds}):
     * without one, no pair of it reaches the report, and such blocks made nineteen in twenty pairs.
     */
    int rebuild(UUID tenantId) {
        jdbc.sql("delete from duplicate_pairs where tenant_id = ?")
                .param(tenantId)
                .update();
        return jdbc.sql("""
                        with live as (
                            select c.id, c.duplicate_keys, clientela_duplicate_features(c) f from clients c
                            where c.tenant_id = :tenant and c.deleted_at is null),
                        keys as (
                            select id, unnest(duplicate_keys) k from live),
                        blocks as (
                            select k, array_agg(id) ids from keys group by k having count(*) between 2 and :largest),
                        seconded as (
                            select array_agg(l.id) ids
                            from blocks b
                            cross join unnest(b.ids) m(id)
                            join live l on l.id = m.id
                            cross join lateral unnest(clientela_duplicate_seconds(l.f)) second
                            where b.k like 'c%'
                            group by b.k, second having count(*) >= 2),
                        paired as (
                            select ids from blocks where k not like 'c%'
                            union all
                            select ids from seconded),
                        pairs as (
                            select distinct a, b from paired, unnest(ids) a, unnest(ids) b where a < b)
                        insert into duplicate_pairs (tenant_id, client_a, client_b, score, reasons)
                        select :tenant, p.a, p.b, clientela_duplicate_score(x.r), x.r
                        from pairs p
                        join live fa on fa.id = p.a
                        join live fb on fb.id = p.b
                        cross join lateral (select clientela_duplicate_reasons_of(fa.f, fb.f) r) x
                        where clientela_duplicate_score(x.r) >= :threshold""")
                .param("tenant", tenantId)
                .param("largest", LARGEST_BLOCK)
                .param("threshold", REPORT_FROM)
                .update();
    }

    /**
     * Whether so many clients were written since {@code since} that building the tenant's pairs
     * afresh costs less than finding theirs one at a time (an import, say): a written client's keys
     * cost some thirty index probes, a client in a full build a fraction of one.
     */
    boolean manyWrittenSince(UUID tenantId, Instant since) {
        OffsetDateTime from = OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC);
        return jdbc.sql("""
                        select case when count(*) < :some then false else count(*) * :probes > (
                            select count(*) from clients where tenant_id = :tenant and deleted_at is null) end
                        from (select 1 from clients where tenant_id = :tenant and deleted_at is null and updated_at > :since
                              limit :cap) written""")
                .param("tenant", tenantId)
                .param("since", from)
                .param("some", 1_000)
                .param("probes", 30)
                .param("cap", 1_000_000)
                .query(Boolean.class)
                .single();
    }

    /**
     * Brings the clients table's statistics up to date when they are behind this tenant: when at least
     * {@code some} of its live clients, and half of them, were written since the table was last
     * analysed (an import, a bulk load, before autovacuum came by). A build of the tenant's pairs is
     * planned from them; planned for the few clients the tenant had before, it joined each block to
     * all its clients (more than eighteen minutes at a million, against three from fresh statistics).
     * Answers whether it analysed. Both counts are whole (a range of the tenant's updated-at index
     * each): capped at {@code some}, the written count could never reach half of a tenant larger than
     * twice that, and a 90,000-client import was planned as 73 clients.
     */
    boolean freshenStatistics(UUID tenantId, int some) {
        boolean behind = jdbc.sql("""
                        select case when count(*) < :some then false else count(*) * 2 >= (
                            select count(*) from clients where tenant_id = :tenant and deleted_at is null) end
                        from clients where tenant_id = :tenant and deleted_at is null
                            and updated_at > (select coalesce(greatest(last_analyze, last_autoanalyze), '-infinity')
                                              from pg_stat_user_tables where relid = 'clients'::regclass)""")
                .param("tenant", tenantId)
                .param("some", some)
                .query(Boolean.class)
                .single();
        if (behind) {
            jdbc.sql("select clientela_analyze_clients()").query((rs, n) -> 1).list();
        }
        return behind;
    }

    /** The pairs of the clients written since {@code since}, found again through the keys' index. */
    int refresh(UUID tenantId, Instant since) {
        OffsetDateTime from = OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC);
        jdbc.sql("""
                        delete from duplicate_pairs p using clients c
                        where p.tenant_id = :tenant and c.tenant_id = :tenant and c.updated_at > :since
                          and c.id in (p.client_a, p.client_b)""").param("tenant", tenantId).param("since", from).update();
        return jdbc.sql(probed("c.updated_at > :since"))
                .param("tenant", tenantId)
                .param("since", from)
                .param("largest", LARGEST_BLOCK)
                .param("threshold", REPORT_FROM)
                .update();
    }

    /**
     * The pairs of these clients, found again through the keys' index: for clients an undo brought
     * back with the {@code updated_at} they had, which a pass would not look at again.
     */
    int pairAgain(UUID tenantId, java.util.Collection<UUID> clients) {
        return jdbc.sql(probed("c.id = any(:clients)"))
                .param("tenant", tenantId)
                .param("clients", clients.toArray(UUID[]::new))
                .param("largest", LARGEST_BLOCK)
                .param("threshold", REPORT_FROM)
                .update();
    }

    /**
     * Scores the pairs of the live clients that {@code which} selects, each key's block read through the
     * index, with the rule of {@link #rebuild}: in a city-pair key's block, only the clients sharing a
     * second sign with the probing one.
     */
    private static String probed(String which) {
        // Each step materialised: inlined, PostgreSQL worked out a probing client's features, and the
        // other client's, once per block member it met (112 written clients of a 50,000-client tenant
        // took over five minutes).
        return """
                with probing as materialized (
                    select c.id, c.duplicate_keys,
                        clientela_duplicate_seconds(clientela_duplicate_features(c)) seconds from clients c
                    where c.tenant_id = :tenant and c.deleted_at is null and %s),
                blocks as materialized (
                    select c.id, c.seconds, shared_key, block.ids
                    from probing c
                    cross join lateral unnest(c.duplicate_keys) shared_key
                    cross join lateral (
                """.formatted(which) + BLOCK + """
                    ) block),
                seconds as materialized (
                    select o.id, clientela_duplicate_seconds(clientela_duplicate_features(o)) seconds
                    from clients o
                    where o.tenant_id = :tenant and o.id in (
                        select m.id from blocks b cross join unnest(b.ids) m(id)
                        where b.shared_key like 'c%' and cardinality(b.ids) <= :largest)),
                pairs as (
                    select distinct least(b.id, m.id) a, greatest(b.id, m.id) b
                    from blocks b
                    cross join unnest(b.ids) m(id)
                    left join seconds s on s.id = m.id
                    where cardinality(b.ids) <= :largest and m.id <> b.id
                      and (b.shared_key not like 'c%' or s.seconds && b.seconds))
                """ + SCORED;
    }

    /** The open pairs of a tenant: of live clients, not dismissed. */
    static final String OPEN = """
            select p.client_a, ca.number number_a, ca.name name_a, p.client_b, cb.number number_b,
                cb.name name_b, p.score, p.reasons
            from duplicate_pairs p
            join clients ca on ca.tenant_id = p.tenant_id and ca.id = p.client_a and ca.deleted_at is null
            join clients cb on cb.tenant_id = p.tenant_id and cb.id = p.client_b and cb.deleted_at is null
            where p.tenant_id = :tenant and not exists (
                select 1 from duplicate_dismissals d
                where d.tenant_id = p.tenant_id and d.client_a = p.client_a and d.client_b = p.client_b)""";

    /** The open pairs that have one of these clients at either end, read through the pairs' two indexes. */
    List<Pair> openTouching(UUID tenantId, java.util.Collection<UUID> clients) {
        return jdbc.sql(OPEN + " and (p.client_a = any(:clients) or p.client_b = any(:clients))"
                        + " order by p.score desc, ca.number, cb.number")
                .param("tenant", tenantId)
                .param("clients", clients.toArray(UUID[]::new))
                .query(DuplicatePairs::pair)
                .list();
    }

    void dismiss(UUID tenantId, UUID a, UUID b, UUID keyId, UUID userId) {
        jdbc.sql("""
                        insert into duplicate_dismissals (tenant_id, client_a, client_b, key_id, user_id, dismissed_at)
                        values (?, least(?::uuid, ?::uuid), greatest(?::uuid, ?::uuid), ?, ?, now()) on conflict do nothing""").params(tenantId, a, b, a, b, keyId, userId).update();
    }

    private static Pair pair(ResultSet rs, int row) throws SQLException {
        return new Pair(
                new DuplicateGroups.Member(
                        rs.getObject("client_a", UUID.class), rs.getLong("number_a"), rs.getString("name_a")),
                new DuplicateGroups.Member(
                        rs.getObject("client_b", UUID.class), rs.getLong("number_b"), rs.getString("name_b")),
                rs.getBigDecimal("score"),
                DuplicateCandidates.reasons(rs.getArray("reasons")));
    }

    record Pair(DuplicateGroups.Member a, DuplicateGroups.Member b, BigDecimal score, List<String> reasons) {}
}
