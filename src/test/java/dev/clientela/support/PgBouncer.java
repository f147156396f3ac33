package dev.clientela.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/** Debian's PgBouncer in transaction mode, with {@code serverConnections} per database and user. */
public record PgBouncer(Process process, int port, String database, Path dir) implements AutoCloseable {

    public static PgBouncer start(String postgresUrl, int serverConnections) throws Exception {
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
                default_pool_size = %d
                min_pool_size = 0
                reserve_pool_size = 0
                max_client_conn = 200
                ignore_startup_parameters = extra_float_digits
                """.formatted(
                        database, url.getPort(), database, port, dir.resolve("users.txt"), serverConnections));
        for (String file : List.of("users.txt", "pgbouncer.ini")) {
            Files.setPosixFilePermissions(dir.resolve(file), PosixFilePermissions.fromString("rw-r--r--"));
        }
        List<String> command = new java.util.ArrayList<>(List.of(binary.toString()));
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("-u", "nobody"));
        }
        command.add(dir.resolve("pgbouncer.ini").toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
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

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:%d/%s".formatted(port, database);
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        process.waitFor();
        org.springframework.util.FileSystemUtils.deleteRecursively(dir);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
