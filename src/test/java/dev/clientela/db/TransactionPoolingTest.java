package dev.clientela.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.ClientelaApplication;
import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import dev.clientela.support.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
        try (PgBouncer bouncer = PgBouncer.start(TestDatabase.jdbcUrl());
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

    /** Debian's PgBouncer in transaction mode with a single server connection per database and user. */
    record PgBouncer(Process process, int port, String database, Path dir) implements AutoCloseable {

        static PgBouncer start(String postgresUrl) throws Exception {
            Path binary = Path.of("/usr/sbin/pgbouncer");
            if (!Files.isExecutable(binary)) {
                throw new AssertionError("This test needs Debian's pgbouncer: apt-get install pgbouncer");
            }
            var url = java.net.URI.create(postgresUrl.substring("jdbc:".length()));
            String database = url.getPath().substring(1);
            int port = freePort();
            // PgBouncer refuses to run as root, and then reads its files as the user it becomes.
            Path dir = Files.createTempDirectory(
                    "pgbouncer", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            Files.writeString(dir.resolve("users.txt"), "\"%s\" \"\"\n".formatted(TestDatabase.user()));
            Files.writeString(dir.resolve("pgbouncer.ini"), """
                    [databases]
                    %s = host=127.0.0.1 port=%d dbname=%s
                    [pgbouncer]
                    listen_addr = 127.0.0.1
                    listen_port = %d
                    unix_socket_dir =
                    auth_type = trust
                    auth_file = %s
                    pool_mode = transaction
                    default_pool_size = 1
                    min_pool_size = 0
                    reserve_pool_size = 0
                    max_client_conn = 200
                    ignore_startup_parameters = extra_float_digits
                    """.formatted(
                            database, url.getPort(), database, port, dir.resolve("users.txt")));
            for (String file : List.of("users.txt", "pgbouncer.ini")) {
                Files.setPosixFilePermissions(dir.resolve(file), PosixFilePermissions.fromString("rw-r--r--"));
            }
            List<String> command = new java.util.ArrayList<>(List.of(binary.toString()));
            if ("root".equals(System.getProperty("user.name"))) {
                command.addAll(List.of("-u", "nobody"));
            }
            command.add(dir.resolve("pgbouncer.ini").toString());
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            awaitUp(process);
            return new PgBouncer(process, port, database, dir);
        }

        /** Reads PgBouncer's log until it says it is up, then keeps draining it so it never blocks. */
        private static void awaitUp(Process process) throws IOException {
            var log = new java.io.BufferedReader(
                    new java.io.InputStreamReader(process.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            for (String line = log.readLine(); ; line = log.readLine()) {
                if (line == null) {
                    throw new AssertionError("PgBouncer did not start:\n" + seen);
                }
                seen.append(line).append('\n');
                if (line.contains("process up")) {
                    break;
                }
            }
            Thread.ofVirtual().start(() -> log.lines().forEach(line -> {}));
        }

        String jdbcUrl() {
            return "jdbc:postgresql://127.0.0.1:%d/%s".formatted(port, database);
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            process.waitFor();
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }
}
