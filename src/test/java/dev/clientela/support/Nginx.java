package dev.clientela.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's nginx as the load balancer in front of several instances. Taking an instance out of the
 * rotation or putting it back is a reload, which returns once every worker of the old configuration
 * has finished its requests and exited.
 */
public final class Nginx implements AutoCloseable {

    private final Path dir;
    private final int port;
    private final Process master;
    private final List<Integer> upstreams;

    private Nginx(Path dir, int port, Process master, List<Integer> upstreams) {
        this.dir = dir;
        this.port = port;
        this.master = master;
        this.upstreams = upstreams;
    }

    public static Nginx start(List<Integer> upstreams) throws Exception {
        Path binary = Path.of("/usr/sbin/nginx");
        if (!Files.isExecutable(binary)) {
            throw new AssertionError("This test needs Debian's nginx: apt-get install nginx");
        }
        // nginx's workers run as an unprivileged user and write their temporary files here.
        Path dir = Files.createTempDirectory(
                "nginx", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
        int port = freePort();
        Nginx nginx = new Nginx(dir, port, null, List.copyOf(upstreams));
        nginx.configure(List.of());
        Process master = new ProcessBuilder(binary.toString(), "-p", dir.toString(), "-c", "nginx.conf")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("nginx.out").toFile())
                .start();
        Nginx started = new Nginx(dir, port, master, List.copyOf(upstreams));
        started.awaitWorkers(List.of());
        return started;
    }

    public int port() {
        return port;
    }

    /** Sends no new request to these upstream ports until the next call; waits for the old workers. */
    public void without(List<Integer> out) throws Exception {
        List<ProcessHandle> oldWorkers = master.toHandle().children().toList();
        configure(out);
        run("-s", "reload");
        awaitWorkers(oldWorkers);
    }

    private void configure(List<Integer> out) throws IOException {
        StringBuilder servers = new StringBuilder();
        for (int upstream : upstreams) {
            servers.append(
                    "        server 127.0.0.1:%d%s;\n".formatted(upstream, out.contains(upstream) ? " down" : ""));
        }
        Files.writeString(dir.resolve("nginx.conf"), """
                daemon off;
                master_process on;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    upstream clientela {
                %2$s    }
                    server {
                        listen 127.0.0.1:%3$d;
                        location / {
                            proxy_pass http://clientela;
                            proxy_set_header Host $host;
                            proxy_next_upstream error timeout;
                            proxy_connect_timeout 2s;
                            proxy_read_timeout 60s;
                        }
                    }
                }
                """.formatted(dir, servers, port));
    }

    /** Until the workers of the previous configuration are gone and a new one serves. */
    private void awaitWorkers(List<ProcessHandle> oldWorkers) throws Exception {
        for (ProcessHandle worker : oldWorkers) {
            worker.onExit().get(60, TimeUnit.SECONDS);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (master.toHandle().children().noneMatch(w -> !oldWorkers.contains(w))) {
            if (!master.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("nginx did not start its workers: "
                        + Files.readString(dir.resolve("nginx.out")) + readIfThere(dir.resolve("error.log")));
            }
            Thread.onSpinWait();
        }
        try (var probe = new java.net.Socket()) {
            probe.connect(new java.net.InetSocketAddress("127.0.0.1", port), 5000);
        }
    }

    private void run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("/usr/sbin/nginx", "-p", dir.toString(), "-c", "nginx.conf"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new AssertionError("nginx " + String.join(" ", args) + ": " + out);
        }
    }

    private static String readIfThere(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }

    @Override
    public void close() throws Exception {
        master.destroy();
        master.waitFor(30, TimeUnit.SECONDS);
        org.springframework.util.FileSystemUtils.deleteRecursively(dir);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
