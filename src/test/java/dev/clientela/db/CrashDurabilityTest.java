package dev.clientela.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.ClientelaApplication;
import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded PostgreSQL is killed as an out-of-memory killer kills it: SIGKILL to the postmaster
 * and every backend at once, while eight writers create clients. The service is then started again
 * on the same data directory, several times over, and every client ever answered 201 is still there.
 */
class CrashDurabilityTest {

    private static final String KEY = "crash-key";
    private static final int ROUNDS = 3;
    private static final int WRITERS = 8;

    @TempDir
    Path dataDir;

    @Test
    void everyClientAnswered201SurvivesTheDatabaseBeingKilled() throws Exception {
        Set<String> promised = ConcurrentHashMap.newKeySet();
        for (int round = 1; round <= ROUNDS; round++) {
            try (var service = start()) {
                EmbeddedDatabase database = service.getBean(EmbeddedDatabase.class);
                assertThat(storedClients(database))
                        .as("clients answered 201 before the kill of round %d", round - 1)
                        .containsAll(promised);
                assertThat(settings(database))
                        .as("what the running server reports")
                        .containsExactly("on", "on", "on");

                writeUntilKilled(api(service), promised, round);
            }
        }
        try (var service = start()) {
            Set<String> stored = storedClients(service.getBean(EmbeddedDatabase.class));
            Set<String> lost = new HashSet<>(promised);
            lost.removeAll(stored);
            assertThat(lost)
                    .as("of %d clients answered 201, these are gone after %d kills", promised.size(), ROUNDS)
                    .isEmpty();
        }
    }

    private void writeUntilKilled(Api shop, Set<String> promised, int round) throws Exception {
        int before = promised.size();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.submit(() -> {
                    for (int i = 0; writing.get(); i++) {
                        Response r = shop.post(
                                "/api/v1/clients", "{\"name\": \"Cliente %d-%d-%d\"}".formatted(round, writer, i));
                        if (r.status() == 201) {
                            promised.add(r.body().get("id").stringValue());
                        }
                    }
                    return null;
                });
            }
            waitUntil(() -> promised.size() >= before + 150, "clients created in round " + round);
            killPostgres();
        } finally {
            writing.set(false);
            writers.shutdown();
            assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** SIGKILL to the postmaster and all its children, gathered first so none is spared. */
    private void killPostgres() throws Exception {
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        long pid = Long.parseLong(Files.readAllLines(pidFile, StandardCharsets.US_ASCII)
                .getFirst()
                .trim());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
        all.addFirst(postmaster);
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : all) {
            process.onExit().get(30, TimeUnit.SECONDS);
        }
    }

    private static Set<String> storedClients(EmbeddedDatabase database) throws Exception {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl("clientela"), "postgres", "");
                ResultSet rows = c.createStatement().executeQuery("select id::text from clients")) {
            Set<String> ids = new HashSet<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        }
    }

    private static List<String> settings(EmbeddedDatabase database) throws Exception {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl("clientela"), "clientela_app", "")) {
            List<String> values = new ArrayList<>();
            for (String name : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet row = c.createStatement().executeQuery("show " + name)) {
                    row.next();
                    values.add(row.getString(1));
                }
            }
            return values;
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ClientelaApplication.class)
                .run(
                        "--server.port=0",
                        "--clientela.data-dir=" + dataDir,
                        "--clientela.db.url=",
                        "--clientela.bootstrap-api-key=" + KEY,
                        "--clientela.rate-limits.enabled=false",
                        "--spring.datasource.hikari.connection-timeout=1000",
                        "--spring.datasource.hikari.validation-timeout=500");
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api("http://localhost:" + context.getEnvironment().getProperty("local.server.port")).as(KEY);
    }

    private static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }
}
