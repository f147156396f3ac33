package dev.clientela.client;

import java.sql.ResultSet;
import java.sql.SQLException;
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
     * Replaces the tenant's stored groups by those its open pairs make now. Clients
     * linked by any chain of pairs are found in PostgreSQL (each client of a pair takes the least
     * label among those it is paired with, then the label of the client its label names, until
     * none changes; a label is a client number) and read a batch of groups
     * at a time: a tenant of a million clients has hundreds of thousands of pairs, which the
     * service's bounded heap does not hold at once. Within one transaction (temporary tables).
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
        jdbc.sql("""
                        create temporary table pass_clients on commit drop as
                        select number_a as number, client_a as id, number_a as label from pass_pairs
                        union select number_b, client_b, number_b from pass_pairs""").update();
        jdbc.sql("create unique index on pass_clients (number)").update();
        jdbc.sql("analyze pass_pairs").update();
        jdbc.sql("analyze pass_clients").update();
        int changed;
        do {
            changed = jdbc.sql("""
                            update pass_clients c set label = m.label from (
                                select p.number_a as number, min(b.label) as label
                                from pass_pairs p join pass_clients b on b.number = p.number_b group by p.number_a
                                union all
                                select p.number_b, min(a.label)
                                from pass_pairs p join pass_clients a on a.number = p.number_a group by p.number_b) m
                            where c.number = m.number and m.label < c.label""").update();
            // and each takes the label of the client its label names: chains shorten by halves
            changed += jdbc.sql("""
                            update pass_clients c set label = l.label from pass_clients l
                            where l.number = c.label and l.label < c.label""").update();
        } while (changed > 0);
        jdbc.sql("create index on pass_clients (label)").update();
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
                                join pass_pairs p on p.number_a = c.number where c.label = l.label) s
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
