package dev.clientela.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.ClientelaApplication;
import dev.clientela.support.Api;
import dev.clientela.support.PartitionedSchema;
import dev.clientela.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The client lifecycle told again on a schema whose tenant tables are hash-partitioned by tenant,
 * as a distributed PostgreSQL holds them: the migrations apply and the story holds.
 */
class PartitionedClientLifecycleTest {

    private static final String KEY = "partitioned-platform-key";

    @Test
    void aClientsLifeOnTablesPartitionedByTenant() throws Exception {
        try (var service = new SpringApplicationBuilder(ClientelaApplication.class)
                .run(
                        "--server.port=0",
                        "--clientela.db.url=" + PartitionedSchema.jdbcUrl(),
                        "--spring.flyway.locations=" + PartitionedSchema.flywayLocation(),
                        "--clientela.db.user=" + TestDatabase.user(),
                        "--clientela.db.owner-user=" + TestDatabase.owner(),
                        "--clientela.bootstrap-api-key=" + KEY,
                        "--clientela.rate-limits.enabled=false")) {
            Api api = new Api("http://localhost:" + service.getEnvironment().getProperty("local.server.port"));
            var opened = api.as(KEY).post("/api/v1/tenants", "{\"name\": \"Comercial Lima\", \"country\": \"PE\"}");
            assertThat(opened.status()).as(opened.toString()).isEqualTo(201);

            ClientLifecycleTest.aClientsLife(
                    api.as(opened.body().at("/api_key/key").stringValue()));
        }

        try (Connection c = DriverManager.getConnection(PartitionedSchema.jdbcUrl(), TestDatabase.owner(), "")) {
            Set<String> partitioned = new TreeSet<>();
            try (ResultSet rows = c.createStatement()
                    .executeQuery(
                            "select relname from pg_class where relkind = 'p' and relnamespace = 'public'::regnamespace")) {
                while (rows.next()) {
                    partitioned.add(rows.getString(1));
                }
            }
            assertThat(partitioned).contains("clients", "client_counters", "client_changes", "sales", "payment_plans");
            try (ResultSet rows = c.createStatement().executeQuery("""
                            select count(*) filter (where reloptions @> array['fastupdate=off']), count(*)
                            from pg_class where relkind = 'i'
                            and oid in (select relid from pg_partition_tree('clients_duplicate_keys_idx'))""")) {
                rows.next();
                assertThat(rows.getLong(1))
                        .as("partitions of the duplicate keys' index without a pending list")
                        .isEqualTo(rows.getLong(2))
                        .isPositive();
            }
            try (ResultSet rows = c.createStatement().executeQuery("select count(*) from clients")) {
                rows.next();
                assertThat(rows.getLong(1)).as("clients the story wrote").isEqualTo(2);
            }
        }
    }
}
