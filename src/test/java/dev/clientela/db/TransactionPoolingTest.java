package dev.clientela.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.ClientelaApplication;
import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import dev.clientela.support.PgBouncer;
import dev.clientela.support.TestDatabase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The service behind PgBouncer in transaction mode, as most PostgreSQL deployments at scale pool
 * connections, with one server connection for everyone: tenants take turns on it, transaction by
 * transaction, and each still sees only its own clients and can always write.
 */
class TransactionPoolingTest {

    private static final int WRITERS_PER_TENANT = 4;
    private static final int ROUNDS = 25;

    @Test
    void twoTenantsTakingTurnsOnOneServerConnectionEachSeeOnlyTheirOwnClients() throws Exception {
        try (PgBouncer bouncer = PgBouncer.start(TestDatabase.jdbcUrl(), 1);
                ConfigurableApplicationContext service = startBehind(bouncer)) {
            Api api = new Api("http://localhost:" + service.getEnvironment().getProperty("local.server.port"));
            List<String> wrong = new CopyOnWriteArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(2 * WRITERS_PER_TENANT);
            List<Future<?>> work = new java.util.ArrayList<>();
            for (String marker : List.of("Aurora", "Borealis")) {
                Api shop = api.as(openTenant(api, "Pooled " + marker));
                for (int w = 0; w < WRITERS_PER_TENANT; w++) {
                    int writer = w;
                    work.add(pool.submit(() -> hammer(shop, marker, writer, wrong)));
                }
            }
            for (Future<?> f : work) {
                f.get();
            }
            pool.shutdown();

            assertThat(wrong).as("answers that were not the tenant's own").isEmpty();
        }
    }

    private static void hammer(Api shop, String marker, int writer, List<String> wrong) {
        for (int i = 0; i < ROUNDS; i++) {
            String name = "%s %d-%d".formatted(marker, writer, i);
            Response created = shop.post("/api/v1/clients", "{\"name\": \"%s\"}".formatted(name));
            if (created.status() != 201) {
                wrong.add("create: " + created);
                continue;
            }
            String id = created.body().get("id").stringValue();
            Response read = shop.get("/api/v1/clients/" + id);
            if (read.status() != 200 || !name.equals(read.body().get("name").stringValue())) {
                wrong.add("read of own new client: " + read);
            }
            for (String path : List.of("/api/v1/clients?limit=100", "/api/v1/clients?q=" + marker.toLowerCase())) {
                Response listed = shop.get(path);
                if (listed.status() != 200) {
                    wrong.add(path + ": " + listed);
                    continue;
                }
                for (JsonNode client : listed.body().get("data")) {
                    if (!client.get("name").stringValue().startsWith(marker)) {
                        wrong.add(path + " showed another tenant's " + client.get("name"));
                    }
                }
            }
        }
    }

    private static String openTenant(Api api, String name) {
        Response opened = api.as(ApiTest.PLATFORM_KEY)
                .post("/api/v1/tenants", "{\"name\": \"%s\", \"country\": \"PE\"}".formatted(name));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.body().get("api_key").get("key").stringValue();
    }

    /** Requests through the pooler, migrations straight to PostgreSQL, as the README tells operators. */
    private static ConfigurableApplicationContext startBehind(PgBouncer bouncer) {
        return new SpringApplicationBuilder(ClientelaApplication.class)
                .run(
                        "--server.port=0",
                        "--clientela.db.url=" + bouncer.jdbcUrl(),
                        "--clientela.db.migration-url=" + TestDatabase.jdbcUrl(),
                        "--clientela.db.pooling=transaction",
                        "--clientela.db.user=" + TestDatabase.user(),
                        "--clientela.db.owner-user=" + TestDatabase.owner(),
                        "--clientela.bootstrap-api-key=" + ApiTest.PLATFORM_KEY,
                        "--clientela.rate-limits.enabled=false");
    }
}
