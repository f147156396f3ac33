package dev.clientela.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.Nginx;
import dev.clientela.support.PgBouncer;
import dev.clientela.support.ServiceProcess;
import dev.clientela.support.TestDatabase;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The service as production runs it: nginx in front of three instances from the built jar, each
 * behind PgBouncer in transaction mode, on one PostgreSQL. Started once for the class.
 */
class ProductionRigIT {

    private static final String PLATFORM_KEY = "rig-platform-key";
    private static final int INSTANCES = 3;
    private static final int VIEWER_READS_PER_MINUTE = 40;

    private static PgBouncer bouncer;
    private static Nginx nginx;
    private static final List<ServiceProcess> instances = new ArrayList<>();
    private static Api api;

    @BeforeAll
    static void startTheRig() throws Exception {
        String postgres = TestDatabase.jdbcUrl();
        bouncer = PgBouncer.start(postgres, 8);
        Path logs = Files.createTempDirectory("rig-logs");
        Map<String, String> environment = Map.of(
                "CLIENTELA_DB_URL",
                bouncer.jdbcUrl(),
                "CLIENTELA_DB_MIGRATION_URL",
                postgres,
                "CLIENTELA_DB_POOLING",
                "transaction",
                "CLIENTELA_DB_USER",
                TestDatabase.user(),
                "CLIENTELA_DB_OWNER_USER",
                TestDatabase.owner(),
                "CLIENTELA_BOOTSTRAP_API_KEY",
                PLATFORM_KEY,
                "CLIENTELA_WEBHOOKS_ALLOW_PRIVATE_TARGETS",
                "true");
        List<String> options = List.of(
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-Dclientela.rate-limits.roles.VIEWER.reads-per-period=" + VIEWER_READS_PER_MINUTE,
                "-Dclientela.rate-limits.roles.ADMIN.reads-per-period=1000000",
                "-Dclientela.rate-limits.roles.ADMIN.writes-per-period=1000000");
        // The first instance migrates the database alone; the others then start side by side.
        instances.add(new ServiceProcess(environment, options, logs).start());
        ExecutorService starting = Executors.newFixedThreadPool(INSTANCES - 1);
        List<Future<ServiceProcess>> started = new ArrayList<>();
        for (int i = 1; i < INSTANCES; i++) {
            started.add(starting.submit(() -> new ServiceProcess(environment, options, logs).start()));
        }
        for (Future<ServiceProcess> instance : started) {
            instances.add(instance.get());
        }
        starting.shutdown();
        nginx = Nginx.start(instances.stream().map(ServiceProcess::port).toList());
        api = new Api("http://127.0.0.1:" + nginx.port());
    }

    @AfterAll
    static void stopTheRig() throws Exception {
        if (nginx != null) {
            nginx.close();
        }
        for (ServiceProcess instance : instances) {
            instance.close();
        }
        if (bouncer != null) {
            bouncer.close();
        }
    }

    @Test
    void sixteenTenantsHammeringTheRigOnlyEverSeeTheirOwnClients() throws Exception {
        List<String> wrong = new CopyOnWriteArrayList<>();
        ExecutorService tenants = Executors.newFixedThreadPool(16);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            String marker = "Rigtenant" + (char) ('a' + t);
            Api shop = api.as(openTenant(marker));
            work.add(tenants.submit(() -> {
                for (int i = 0; i < 12; i++) {
                    String name = marker + " " + i;
                    Response created = shop.post("/api/v1/clients", "{\"name\": \"%s\"}".formatted(name));
                    if (created.status() != 201) {
                        wrong.add("create: " + created);
                        continue;
                    }
                    Response read = shop.get(
                            "/api/v1/clients/" + created.body().get("id").stringValue());
                    if (read.status() != 200
                            || !name.equals(read.body().get("name").stringValue())) {
                        wrong.add("read: " + read);
                    }
                    for (String path :
                            List.of("/api/v1/clients?limit=200", "/api/v1/clients?q=" + marker.toLowerCase())) {
                        Response listed = shop.get(path);
                        if (listed.status() != 200) {
                            wrong.add(path + ": " + listed);
                            continue;
                        }
                        for (JsonNode client : listed.body().get("data")) {
                            if (!client.get("name").stringValue().startsWith(marker + " ")) {
                                wrong.add(marker + " saw " + client.get("name"));
                            }
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        tenants.shutdown();

        assertThat(wrong).isEmpty();
    }

    @Test
    void eachEventReachesTheEndpointOnceWhicheverInstanceDispatchesIt() throws Exception {
        Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
        int clients = 30;
        CountDownLatch allArrived = new CountDownLatch(clients);
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        receiver.createContext("/hooks", exchange -> {
            exchange.getRequestBody().readAllBytes();
            int times = deliveries
                    .computeIfAbsent(exchange.getRequestHeaders().getFirst("webhook-id"), id -> new AtomicInteger())
                    .incrementAndGet();
            if (times == 1) {
                allArrived.countDown();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            Api shop = api.as(openTenant("Avisada"));
            Response endpoint = shop.post("/api/v1/webhook-endpoints", """
                    {"url": "http://127.0.0.1:%d/hooks", "events": ["client.created"]}""".formatted(
                            receiver.getAddress().getPort()));
            assertThat(endpoint.status()).as(endpoint.toString()).isEqualTo(201);
            for (int i = 0; i < clients; i++) {
                assertThat(shop.post("/api/v1/clients", "{\"name\": \"Avisado %d\"}".formatted(i))
                                .status())
                        .isEqualTo(201);
            }

            allArrived.await(60, TimeUnit.SECONDS);

            assertThat(deliveries)
                    .as("events delivered by three instances through PgBouncer")
                    .hasSize(clients);
            assertThat(deliveries.values())
                    .allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void rateLimitsAndIdempotencyKeysAreSharedByTheInstances() {
        String admin = openTenant("Compartida");
        Api viewer = api.as(keyWithRole(admin, "VIEWER"));
        int ok = 0;
        int limited = 0;
        // Each instance may spend a fiftieth of a budget before charging it (the README's bound).
        int overAdmission = INSTANCES * Math.max(1, VIEWER_READS_PER_MINUTE / 50);
        for (int i = 0; i < VIEWER_READS_PER_MINUTE + overAdmission + 20; i++) {
            int status = viewer.get("/api/v1/clients?limit=1").status();
            ok += status == 200 ? 1 : 0;
            limited += status == 429 ? 1 : 0;
        }
        // nginx spreads the reads over three instances: a budget counted per instance would allow 3x.
        assertThat(ok).isLessThanOrEqualTo(VIEWER_READS_PER_MINUTE + overAdmission);
        assertThat(limited).isGreaterThanOrEqualTo(20);

        Api shop = api.as(admin).with("Idempotency-Key", "rig-" + UUID.randomUUID());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 2 * INSTANCES; i++) {
            Response created = shop.post("/api/v1/clients", "{\"name\": \"Una sola vez\"}");
            assertThat(created.status()).as(created.toString()).isIn(201, 409);
            if (created.status() == 201) {
                ids.add(created.body().get("id").stringValue());
            }
        }
        assertThat(ids).as("one key, one client, whichever instance answered").hasSize(1);
    }

    @Test
    void aRollingRestartUnderLoadAnswersEveryRequestAndLosesNoWrite() throws Exception {
        String admin = openTenant("Reinicio");
        String tenantId = api.as(admin).tenantId().toString();
        Api shop = api.as(admin);
        Writes written = new Writes();
        List<String> wrong = new CopyOnWriteArrayList<>();
        AtomicInteger retried = new AtomicInteger();
        AtomicInteger reconnected = new AtomicInteger();
        AtomicBoolean loading = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(6);
        List<Future<?>> work = new ArrayList<>();
        for (int w = 0; w < 6; w++) {
            int writer = w;
            work.add(load.submit(() -> {
                for (int i = 0; loading.get(); i++) {
                    String key = "restart-%d-%d-%s".formatted(writer, i, UUID.randomUUID());
                    for (int attempt = 0; ; attempt++) {
                        Response r;
                        try {
                            r = shop.with("Idempotency-Key", key)
                                    .post("/api/v1/clients", "{\"name\": \"Reinicio %d-%d\"}".formatted(writer, i));
                        } catch (UncheckedIOException e) {
                            // A reload makes nginx close idle keep-alive connections; a request sent on
                            // one as it closes was never read, and its Idempotency-Key makes it safe to
                            // send again, as RFC 9112 lets a client do. A request left hanging is not that.
                            if (e.getCause() instanceof HttpTimeoutException || attempt == 20) {
                                wrong.add("no answer: " + e.getCause());
                                break;
                            }
                            reconnected.incrementAndGet();
                            continue;
                        }
                        if (r.status() == 201) {
                            written.add(r.body().get("id").stringValue());
                            break;
                        }
                        if (r.status() != 503 || attempt == 20) {
                            wrong.add(r.toString());
                            break;
                        }
                        retried.incrementAndGet();
                    }
                    try {
                        Response listed = shop.get("/api/v1/clients?limit=5");
                        if (listed.status() != 200 && listed.status() != 503) {
                            wrong.add("list: " + listed);
                        }
                    } catch (UncheckedIOException e) {
                        if (e.getCause() instanceof HttpTimeoutException) {
                            wrong.add("no answer to a list: " + e.getCause());
                        } else {
                            reconnected.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        int before = written.awaitAtLeast(50);
        for (ServiceProcess instance : instances) {
            nginx.without(List.of(instance.port()));
            assertThat(instance.stop()).as("exit status after SIGTERM").isIn(0, 143);
            instance.start();
            nginx.without(List.of());
            written.awaitAtLeast(written.size() + 20);
        }
        loading.set(false);
        for (Future<?> f : work) {
            f.get();
        }
        load.shutdown();

        assertThat(wrong).as("answers other than 2xx or a retryable 503").isEmpty();
        assertThat(written.size()).isGreaterThan(before);
        try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(), TestDatabase.owner(), "");
                PreparedStatement rows = c.prepareStatement("select id::text from clients where tenant_id = ?::uuid")) {
            rows.setString(1, tenantId);
            Set<String> stored = new HashSet<>();
            try (ResultSet r = rows.executeQuery()) {
                while (r.next()) {
                    stored.add(r.getString(1));
                }
            }
            System.out.printf(
                    "Rolling restart of %d instances: %d writes answered 201, %d 503s retried, %d requests sent again"
                            + " after nginx closed their keep-alive connection%n",
                    INSTANCES, written.size(), retried.get(), reconnected.get());
            assertThat(stored)
                    .as("rows after %d writes answered 201 (%d retried 503s)", written.size(), retried.get())
                    .isEqualTo(written.ids());
        }
    }

    /** The ids of the clients answered 201, and a way to wait for more of them. */
    private static final class Writes {
        private final Set<String> ids = new HashSet<>();

        synchronized void add(String id) {
            ids.add(id);
            notifyAll();
        }

        synchronized int size() {
            return ids.size();
        }

        synchronized Set<String> ids() {
            return Set.copyOf(ids);
        }

        synchronized int awaitAtLeast(int count) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (ids.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("only " + ids.size() + " writes in two minutes");
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return ids.size();
        }
    }

    private static String openTenant(String name) {
        Response opened =
                api.as(PLATFORM_KEY).post("/api/v1/tenants", "{\"name\": \"%s\", \"country\": \"PE\"}".formatted(name));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.body().at("/api_key/key").stringValue();
    }

    private static String keyWithRole(String admin, String role) {
        Response issued =
                api.as(admin).post("/api/v1/api-keys", "{\"name\": \"caja\", \"role\": \"%s\"}".formatted(role));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        return issued.body().get("key").stringValue();
    }
}
