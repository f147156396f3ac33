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

    void replaceAll(UUID tenantId, List<DuplicateGroups.Group> groups) {
        jdbc.sql("delete from duplicate_groups where tenant_id = ?")
                .param(tenantId)
                .update();
        insert(tenantId, groups);
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
