package dev.clientela.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.db.ActingTenant;
import dev.clientela.support.Api;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Row-level security covers the tables of events and webhooks as it covers every tenant table. */
class EventTablesSecurityTest extends WebhookTest {

    private static final List<String> TABLES =
            List.of("events", "event_counters", "webhook_endpoints", "webhook_deliveries", "webhook_attempts");

    @Autowired
    DataSource dataSource;

    @Test
    void everyTableWithATenantHasRowLevelSecurity() throws Exception {
        List<String> unprotected = new ArrayList<>();
        try (var c = java.sql.DriverManager.getConnection(
                        dev.clientela.support.TestDatabase.jdbcUrl(), dev.clientela.support.TestDatabase.owner(), "");
                ResultSet rows = c.createStatement().executeQuery("""
                        select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = 'public' and c.relkind = 'r' and not c.relrowsecurity
                          and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id')""")) {
            while (rows.next()) {
                unprotected.add(rows.getString(1));
            }
        }
        assertThat(unprotected).isEmpty();
    }

    @Test
    void theServiceSeesOnlyTheActingTenantsEventsAndWebhookRows() {
        endpoint("*");
        newClient("Ana");
        deliverDue();
        UUID mine = tenantId(shop);
        Api other = api.as(openTenant("Distribuidora Sur", "PE"));
        other.post("/api/v1/clients", "{\"name\": \"Beto\"}");
        UUID theirs = tenantId(other);
        JdbcClient jdbc = JdbcClient.create(dataSource);

        for (String table : TABLES) {
            long foreign = ActingTenant.as(
                    theirs,
                    () -> jdbc.sql("select count(*) from " + table + " where tenant_id = ?")
                            .param(mine)
                            .query(Long.class)
                            .single());
            long own = ActingTenant.as(
                    mine,
                    () -> jdbc.sql("select count(*) from " + table + " where tenant_id = ?")
                            .param(mine)
                            .query(Long.class)
                            .single());
            assertThat(foreign).as("another tenant's view of %s", table).isZero();
            assertThat(own).as("the tenant's own view of %s", table).isPositive();
        }
    }

    private static UUID tenantId(Api tenant) {
        return tenant.tenantId();
    }
}
