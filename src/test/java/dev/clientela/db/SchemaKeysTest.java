package dev.clientela.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.ApiTest;
import dev.clientela.support.PartitionedSchema;
import dev.clientela.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The schema can be distributed by tenant (Citus) unchanged: read from PostgreSQL's own catalog,
 * every primary key, unique constraint, unique index and foreign key begins with {@code tenant_id},
 * but for the few global tables that a distributed deployment keeps as reference tables.
 */
class SchemaKeysTest extends ApiTest {

    /** Read before a tenant is known (the tenant, a key by its prefix, a key's budget, the service's own key). */
    static final Set<String> REFERENCE_TABLES = PartitionedSchema.REFERENCE_TABLES;

    @Test
    void everyKeyOfATenantTableBeginsWithTheTenant() throws Exception {
        List<String> offending = new ArrayList<>();
        Set<String> tenantTables = new TreeSet<>();
        try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(), TestDatabase.owner(), "")) {
            try (ResultSet rows = c.createStatement().executeQuery("""
                    select t.relname from pg_class t join pg_namespace n on n.oid = t.relnamespace
                    where n.nspname = 'public' and t.relkind in ('r', 'p') and t.relname <> 'flyway_schema_history'
                    """)) {
                while (rows.next()) {
                    tenantTables.add(rows.getString(1));
                }
            }
            tenantTables.removeAll(REFERENCE_TABLES);
            for (String table : tenantTables) {
                try (var column = c.prepareStatement(
                        "select 1 from information_schema.columns where table_name = ? and column_name = 'tenant_id'")) {
                    column.setString(1, table);
                    if (!column.executeQuery().next()) {
                        offending.add(table + " has no tenant_id");
                    }
                }
            }
            // primary keys, unique constraints and foreign keys: their first column
            try (ResultSet rows = c.createStatement().executeQuery("""
                    select t.relname, k.conname, k.contype, a.attname
                    from pg_constraint k
                    join pg_class t on t.oid = k.conrelid
                    join pg_namespace n on n.oid = t.relnamespace
                    join pg_attribute a on a.attrelid = t.oid and a.attnum = k.conkey[1]
                    where n.nspname = 'public' and k.contype in ('p', 'u', 'f')""")) {
                while (rows.next()) {
                    if (tenantTables.contains(rows.getString(1)) && !"tenant_id".equals(rows.getString(4))) {
                        offending.add("%s.%s (%s) begins with %s"
                                .formatted(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)));
                    }
                }
            }
            // unique indexes, partial ones included
            try (ResultSet rows = c.createStatement().executeQuery("""
                    select t.relname, i.relname, a.attname
                    from pg_index x
                    join pg_class i on i.oid = x.indexrelid
                    join pg_class t on t.oid = x.indrelid
                    join pg_namespace n on n.oid = t.relnamespace
                    left join pg_attribute a on a.attrelid = t.oid and a.attnum = x.indkey[0]
                    where n.nspname = 'public' and x.indisunique""")) {
                while (rows.next()) {
                    if (tenantTables.contains(rows.getString(1)) && !"tenant_id".equals(rows.getString(3))) {
                        offending.add("unique index %s.%s begins with %s"
                                .formatted(rows.getString(1), rows.getString(2), rows.getString(3)));
                    }
                }
            }
        }

        assertThat(tenantTables).contains("clients", "sales", "payment_plans", "client_changes");
        assertThat(offending).isEmpty();
    }
}
