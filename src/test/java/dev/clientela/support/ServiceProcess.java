package dev.clientela.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One instance of the service from the built jar, in a process of its own, configured as the README
 * tells an operator: by environment variables. Stopped with SIGTERM, as a process manager stops it.
 */
public final class ServiceProcess implements AutoCloseable {

    private final Map<String, String> environment;
    private final List<String> javaOptions;
    private final int port;
    private final Path log;
    private Process process;

    public ServiceProcess(Map<String, String> environment, List<String> javaOptions, Path logDir) throws IOException {
        this.environment = environment;
        this.javaOptions = javaOptions;
        this.port = freePort();
        this.log = logDir.resolve("service-" + port + ".log");
    }

    public int port() {
        return port;
    }

    /** Starts the process and returns once it says it has started, its migrations done. */
    public ServiceProcess start() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", jar().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        process = builder.start();
        var output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = output.readLine(); ; line = output.readLine()) {
            if (line == null) {
                throw new AssertionError("The service on port " + port + " did not start:\n" + seen);
            }
            seen.append(line).append('\n');
            if (line.contains("Started ClientelaApplication")) {
                break;
            }
        }
        Files.writeString(
                log,
                seen,
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        Thread.ofVirtual().start(() -> {
            try {
                output.lines().forEach(this::append);
            } catch (java.io.UncheckedIOException closed) {
                // the process was stopped
            }
        });
        return this;
    }

    /** SIGTERM, then waits for the process to finish what it was doing and exit. */
    public int stop() throws Exception {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The service on port " + port + " did not exit within 60 s of SIGTERM");
        }
        return process.exitValue();
    }

    public String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private void append(String line) {
        try {
            Files.writeString(log, line + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException ignored) {
            // the log is for diagnosis only
        }
    }

    /** The executable jar the package phase built. */
    static Path jar() throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "clientela-*.jar")) {
            for (Path jar : jars) {
                return jar;
            }
        }
        throw new AssertionError("No target/clientela-*.jar: run through Maven's verify, after package");
    }

    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
