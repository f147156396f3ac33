package dev.clientela.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.ClientelaApplication;
import dev.clientela.support.Api;
import dev.clientela.support.ApiTest;
import dev.clientela.support.TestDatabase;
import java.io.File;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The service runs as a process of its own and is killed with SIGKILL in the middle of an import.
 * Started again on the same database, it takes the job up once its lease has run out and finishes it
 * from its last committed chunk: every row is created exactly once.
 */
class ImportCrashTest {

    private static final int ROWS = 4000;

    private int port;

    @Test
    void anImportKilledMidwayResumesAndCreatesEveryRowExactlyOnce() throws Exception {
        Process first = start("first");
        String path;
        try {
            Api service = await(first);
            Api shop = service.as(openTenant(service));
            StringBuilder file = new StringBuilder("nombre;codigo_externo;correo\n");
            for (int i = 0; i < ROWS; i++) {
                file.append("Cliente ")
                        .append(i)
                        .append(";K-")
                        .append(i)
                        .append(";c")
                        .append(i)
                        .append("@x.pe\n");
            }
            file.append("Repetido;K-7;\n");
            var submitted = shop.postBytes(
                    "/api/v1/imports", "text/csv", file.toString().getBytes(StandardCharsets.UTF_8));
            assertThat(submitted.status()).as(submitted.text()).isEqualTo(202);
            path = submitted.header("Location");
            JsonNode midway =
                    ImportTest.awaitJob(shop, path, j -> j.get("rows_done").intValue() >= 200);
            assertThat(midway.get("rows_done").intValue())
                    .as("killed before the end")
                    .isLessThan(ROWS);
        } finally {
            first.destroyForcibly();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        Process second = start("second");
        try {
            Api service = await(second);
            Api again = service.as(key);
            JsonNode done =
                    ImportTest.awaitJob(again, path, j -> !j.get("finished_at").isNull());
            assertThat(done.get("state").stringValue()).isEqualTo("completed_with_errors");
            assertThat(done.get("rows_done").intValue()).isEqualTo(ROWS + 1);
            assertThat(done.get("created").intValue()).isEqualTo(ROWS);
            assertThat(done.get("failed").intValue())
                    .as("the repeated external code, refused after the restart too")
                    .isEqualTo(1);
            assertThat(again.get("/api/v1/clients?include=total")
                            .body()
                            .get("total")
                            .intValue())
                    .isEqualTo(ROWS);
            Set<String> codes = new HashSet<>();
            again.get("/api/v1/clients/export?format=ndjson")
                    .text()
                    .lines()
                    .forEach(l -> codes.add(Api.parse(l).get("external_code").stringValue()));
            assertThat(codes).hasSize(ROWS);
            assertThat(again.get(path + "/errors").text()).contains("duplicate_in_file");
        } finally {
            second.destroyForcibly();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private String key;

    private Process start(String name) throws Exception {
        if (port == 0) {
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                ClientelaApplication.class.getName(),
                "--server.port=" + port,
                "--clientela.db.url=" + TestDatabase.jdbcUrl(),
                "--clientela.db.user=" + TestDatabase.user(),
                "--clientela.db.owner-user=" + TestDatabase.owner(),
                "--clientela.bootstrap-api-key=" + ApiTest.PLATFORM_KEY,
                "--clientela.rate-limits.enabled=false",
                "--clientela.webhooks.dispatch.enabled=false",
                "--clientela.imports.chunk-rows=50",
                "--clientela.imports.lease=3s",
                "--clientela.imports.poll=200ms");
        builder.redirectErrorStream(true);
        builder.redirectOutput(new File("target", "import-crash-" + name + ".log"));
        return builder.start();
    }

    private Api await(Process process) throws InterruptedException {
        Api api = new Api("http://localhost:" + port);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(300));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive())
                    .as("the service process is running; see target/import-crash-*.log")
                    .isTrue();
            try {
                if (api.get("/actuator/health").status() == 200) {
                    return api;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        throw new AssertionError("The service did not start within 300 s");
    }

    private String openTenant(Api service) {
        var opened = service.as(ApiTest.PLATFORM_KEY)
                .post("/api/v1/tenants", "{\"name\": \"Importadora Resistente\", \"country\": \"PE\"}");
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        key = opened.body().at("/api_key/key").stringValue();
        return key;
    }
}
