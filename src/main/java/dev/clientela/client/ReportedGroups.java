package dev.clientela.client;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The report's groups as the last pass (or a regrouping since) stored them: their order and their
 * clients. A page of the report reads its groups here, in the report's order, through one index.
 */
@Repository
class ReportedGroups {

    /** Groups a pass writes in one statement. */
    private static final int WRITTEN_AT_ONCE = 1_000;

    /** Pair rows fetched, and labels written, in one round trip. */
    private static final int READ_AT_ONCE = 10_000;

    private final JdbcClient jdbc;

    ReportedGroups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Stored> page(UUID tenantId, int offset, int limit) {
        return jdbc.sql("""
                        select id, members from duplicate_groups where tenant_id = ?
                        order by score desc, first_number limit ? offset ?""")
                .params(tenantId, limit, offset)
                .query(ReportedGroups::stored)
                .list();
    }

    long count(UUID tenantId) {
        return jdbc.sql("select count(*) from duplicate_groups where tenant_id = ?")
                .param(tenantId)
                .query(Long.class)
                .single();
    }

    Optional<Stored> find(UUID tenantId, UUID groupId) {
        return jdbc.sql("select id, members from duplicate_groups where tenant_id = ? and id = ?")
                .params(tenantId, groupId)
                .query(ReportedGroups::stored)
                .optional();
    }

    /** The groups holding any of these clients. */
    List<Stored> holding(UUID tenantId, Collection<UUID> clients) {
        return jdbc.sql("select id, members from duplicate_groups where tenant_id = ? and members && ?")
                .params(tenantId, clients.toArray(UUID[]::new))
                .query(ReportedGroups::stored)
                .list();
    }

    void delete(UUID tenantId, Collection<UUID> groupIds) {
        jdbc.sql("delete from duplicate_groups where tenant_id = ? and id = any(?)")
                .params(tenantId, groupIds.toArray(UUID[]::new))
                .update();
    }

    /**
     * Replaces the tenant's stored groups by those its open pairs make now. The open pairs are
     * copied to a temporary table; their groups are found in Java over the clients' numbers and the
     * pairs' scores alone ({@link PairChains}), each client's label (its group's least number) written back, and the
     * groups read and written a batch at a time: a tenant of a million clients has hundreds of
     * thousands of pairs, whose names and reasons the service's bounded heap does not hold at once.
     * Within one transaction (temporary tables).
     */
    void rebuild(UUID tenantId) {
        jdbc.sql("delete from duplicate_groups where tenant_id = ?")
                .param(tenantId)
                .update();
        jdbc.sql("create temporary table pass_pairs on commit drop as"
                        + " select p.client_a, ca.number number_a, p.client_b, cb.number number_b, p.score "
                        + DuplicatePairs.OPEN.substring(DuplicatePairs.OPEN.indexOf("from duplicate_pairs")))
                .param("tenant", tenantId)
                .update();
        label(chains());
        jdbc.sql("""
                        create temporary table pass_clients on commit drop as
                        select c.number, c.id, l.label from (
                            select number_a as number, client_a as id from pass_pairs
                            union select number_b, client_b from pass_pairs) c
                        join pass_labels l on l.number = c.number""").update();
        jdbc.sql("create index on pass_clients (label, number)").update();
        jdbc.sql("create index on pass_pairs (number_a)").update();
        jdbc.sql("analyze pass_clients").update();
        jdbc.sql("analyze pass_pairs").update();
        long after = -1;
        while (true) {
            List<DuplicateGroups.Group> groups = jdbc.sql("""
                            with labels as (
                                select distinct label from pass_clients where label > :after order by label limit :batch)
                            select l.label, m.ids, m.numbers, s.score from labels l
                            cross join lateral (
                                select array_agg(id order by number) ids, array_agg(number order by number) numbers
                                from pass_clients c where c.label = l.label) m
                            cross join lateral (
                                select max(p.score) score from pass_clients c
                                join pass_pairs p on p.number_a = c.number
                                join pass_labels o on o.number = p.number_b and o.label = l.label
                                where c.label = l.label) s
                            order by l.label""")
                    .param("after", after)
                    .param("batch", WRITTEN_AT_ONCE)
                    .query((rs, row) -> DuplicateGroups.of(
                            List.of((UUID[]) rs.getArray("ids").getArray()),
                            List.of((Long[]) rs.getArray("numbers").getArray()),
                            rs.getBigDecimal("score")))
                    .list();
            if (groups.isEmpty()) {
                return;
            }
            insert(tenantId, groups);
            after = groups.getLast().clients().getFirst().number();
        }
    }

    /** The chains of the pass's pairs, read a page of rows at a time into two arrays of numbers. */
    private PairChains chains() {
        int count =
                jdbc.sql("select count(*) from pass_pairs").query(Integer.class).single();
        long[] a = new long[count];
        long[] b = new long[count];
        double[] score = new double[count];
        int[] read = {0};
        jdbc.sql("select number_a, number_b, score from pass_pairs")
                .withFetchSize(READ_AT_ONCE)
                .query(rs -> {
                    a[read[0]] = rs.getLong(1);
                    b[read[0]] = rs.getLong(2);
                    score[read[0]++] = rs.getDouble(3);
                });
        return new PairChains(a, b, score, read[0]);
    }

    /** Each grouped client's label into {@code pass_labels}, some thousands a statement. */
    private void label(PairChains chains) {
        jdbc.sql("create temporary table pass_labels (number bigint primary key, label bigint not null) on commit drop")
                .update();
        long[] numbers = chains.numbers();
        long[] labels = chains.labels();
        for (int from = 0; from < numbers.length; from += READ_AT_ONCE) {
            int to = Math.min(numbers.length, from + READ_AT_ONCE);
            jdbc.sql("insert into pass_labels select * from unnest(?::bigint[], ?::bigint[])")
                    .params(Arrays.copyOfRange(numbers, from, to), Arrays.copyOfRange(labels, from, to))
                    .update();
        }
    }

    /** The groups in one statement: each group's clients travel as one comma-separated text. */
    void insert(UUID tenantId, List<DuplicateGroups.Group> groups) {
        if (groups.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into duplicate_groups (tenant_id, id, score, first_number, members)
                        select ?, g.id, g.score, g.first_number, string_to_array(g.members, ',')::uuid[]
                        from unnest(?::uuid[], ?::text[]::numeric[], ?::bigint[], ?::text[]) as g(id, score, first_number, members)""")
                .params(
                        tenantId,
                        groups.stream().map(DuplicateGroups.Group::groupId).toArray(UUID[]::new),
                        groups.stream().map(g -> g.score().toPlainString()).toArray(String[]::new),
                        groups.stream()
                                .mapToLong(g -> g.clients().getFirst().number())
                                .toArray(),
                        groups.stream()
                                .map(g -> String.join(
                                        ",",
                                        g.clients().stream()
                                                .map(m -> m.clientId().toString())
                                                .toList()))
                                .toArray(String[]::new))
                .update();
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        return new Stored(rs.getObject("id", UUID.class), List.of((UUID[])
                rs.getArray("members").getArray()));
    }

    /** A stored group: its id and its clients as the pass found them. */
    record Stored(UUID id, List<UUID> members) {}
}
