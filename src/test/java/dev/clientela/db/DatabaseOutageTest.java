package dev.clientela.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.ClientelaApplication;
import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * PostgreSQL stops under load and comes back: meanwhile requests get 503 with Retry-After (never a
 * 500, never a hang), readiness reports DOWN, the service recovers by itself, and every client a
 * 201 promised is there afterwards.
 */
class DatabaseOutageTest {

    private static final String KEY = "outage-key";

    @TempDir
    Path dataDir;

    @Test
    void theServiceAnswers503DuringAnOutageAndRecoversWithoutLosingAPromisedWrite() throws Exception {
        int port = freePort();
        EmbeddedPostgres postgres = start(port);
        try (Connection c = DriverManager.getConnection(url(port, "postgres"), "postgres", "")) {
            c.createStatement().execute("create database outage");
            c.createStatement().execute("create role clientela_app login");
        }
        ConfigurableApplicationContext service = new SpringApplicationBuilder(ClientelaApplication.class)
                .run(
                        "--server.port=0",
                        "--clientela.db.url=" + url(port, "outage"),
                        "--clientela.db.user=clientela_app",
                        "--clientela.db.owner-user=postgres",
                        "--clientela.bootstrap-api-key=" + KEY,
                        "--clientela.rate-limits.enabled=false",
                        "--spring.datasource.hikari.connection-timeout=1000",
                        "--spring.datasource.hikari.validation-timeout=500");
        Api api = new Api("http://localhost:" + service.getEnvironment().getProperty("local.server.port"));
        Api shop = api.as(KEY);
        Set<String> promised = ConcurrentHashMap.newKeySet();
        List<String> wrong = new CopyOnWriteArrayList<>();
        List<Integer> statuses = new CopyOnWriteArrayList<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(4);
        try {
            for (int t = 0; t < 4; t++) {
                int thread = t;
                load.submit(() -> {
                    for (int i = 0; loading.get() && i < 100_000; i++) {
                        Instant sent = Instant.now();
                        Response r = shop.post("/api/v1/clients", "{\"name\": \"Cliente " + thread + "-" + i + "\"}");
                        statuses.add(r.status());
                        if (Duration.between(sent, Instant.now()).toSeconds() > 10) {
                            wrong.add("slow answer: " + r);
                        }
                        if (r.status() == 201) {
                            promised.add(r.body().get("id").stringValue());
                        } else if (r.status() != 503
                                || r.header("Retry-After") == null
                                || !"SERVICE_UNAVAILABLE".equals(r.code())) {
                            wrong.add(r.toString());
                        }
                    }
                    return null;
                });
            }
            waitUntil(() -> promised.size() >= 20, "clients created before the outage");

            postgres.close();
            waitUntil(() -> statuses.contains(503), "a 503 during the outage");
            assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(503);
            assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);

            postgres = start(port);
            int before = promised.size();
            waitUntil(() -> promised.size() > before + 20, "clients created after the database returned");
            assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);
        } finally {
            loading.set(false);
            load.shutdown();
            load.awaitTermination(60, TimeUnit.SECONDS);
            service.close();
        }
        try {
            assertThat(wrong).isEmpty();
            try (Connection c = DriverManager.getConnection(url(port, "outage"), "postgres", "");
                    ResultSet rows = c.createStatement().executeQuery("select id::text from clients")) {
                List<String> stored = new ArrayList<>();
                while (rows.next()) {
                    stored.add(rows.getString(1));
                }
                assertThat(stored).containsAll(promised);
            }
        } finally {
            postgres.close();
        }
    }

    private EmbeddedPostgres start(int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.resolve("pg"))
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
    }

    private static String url(int port, String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, String what)
            throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }
}
