package dev.clientela.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server whose files live in Clientela's data directory and survive restarts.
 *
 * <p>The data directory is locked for the life of the process, so a second instance pointed at the
 * same directory stops with a clear message instead of starting a second server on the same files.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    /**
     * Directories locked by this JVM. A file lock only keeps other processes out: a second attempt
     * from the same JVM would fail with an obscure error, and closing its channel would release the
     * first instance's lock at the operating-system level.
     */
    private static final Set<Path> HELD_IN_THIS_JVM = ConcurrentHashMap.newKeySet();

    /**
     * The library is made for tests: it starts the server with {@code -F} (no fsync) and without
     * synchronous commits, which lost answered clients when the server was killed. Settings given here
     * come after its own on the command line, so they win. The sizes suit a small production server
     * (a few GiB of memory shared with the service); a bigger one should run its own PostgreSQL.
     */
    static final Map<String, String> SERVER_SETTINGS = durableSettings();

    private static Map<String, String> durableSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("fsync", "on");
        settings.put("synchronous_commit", "on");
        settings.put("full_page_writes", "on");
        settings.put("max_connections", "200");
        settings.put("listen_addresses", "localhost");
        settings.put("shared_buffers", "256MB");
        settings.put("effective_cache_size", "1GB");
        settings.put("work_mem", "8MB");
        settings.put("maintenance_work_mem", "128MB");
        settings.put("max_wal_size", "2GB");
        settings.put("min_wal_size", "256MB");
        settings.put("checkpoint_timeout", "15min");
        settings.put("checkpoint_completion_target", "0.9");
        return Collections.unmodifiableMap(settings);
    }

    private final Path root;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(Path root, FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres) {
        this.root = root;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(Path dataDir) {
        Path root = dataDir.toAbsolutePath().normalize();
        if (!HELD_IN_THIS_JVM.add(root)) {
            throw new DataDirectoryInUse(root);
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(root);
            channel = FileChannel.open(
                    root.resolve("clientela.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new DataDirectoryInUse(root);
            }
            Path pgData = root.resolve("postgres");
            stopOrphanedServer(pgData);
            log.info("Starting embedded PostgreSQL with its data in {}", pgData);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60));
            SERVER_SETTINGS.forEach(builder::setServerConfig);
            EmbeddedPostgres postgres = builder.start();
            return new EmbeddedDatabase(root, channel, lock, postgres);
        } catch (IOException e) {
            closeQuietly(channel);
            HELD_IN_THIS_JVM.remove(root);
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + root, e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            HELD_IN_THIS_JVM.remove(root);
            throw e;
        }
    }

    /**
     * A server left running by a Clientela process that was killed (the lock proves that process is
     * gone) would keep the files busy; it is asked to shut down before a new one starts.
     */
    private static void stopOrphanedServer(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile, StandardCharsets.US_ASCII).stream()
                .findFirst()
                .orElse("")
                .trim();
        if (!firstLine.matches("\\d+")) {
            return;
        }
        ProcessHandle.of(Long.parseLong(firstLine)).ifPresent(server -> {
            log.warn("Stopping a PostgreSQL server (pid {}) left running on {}", firstLine, pgData);
            server.destroy();
            server.onExit().orTimeout(60, java.util.concurrent.TimeUnit.SECONDS).join();
        });
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.error("Could not stop the embedded PostgreSQL cleanly", e);
        } finally {
            try {
                lock.release();
            } catch (IOException e) {
                log.warn("Could not release the data directory lock", e);
            }
            closeQuietly(lockChannel);
            HELD_IN_THIS_JVM.remove(root);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}
