package dev.clientela.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.ClientelaApplication;
import dev.clientela.support.Api;
import dev.clientela.support.ApiTest;
import dev.clientela.support.TestDatabase;
import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The service runs as a process of its own and is killed with SIGKILL while it is sending: the
 * receiver holds the first webhooks unanswered, so some deliveries are leased and in flight and the
 * rest committed but not yet sent. Started again on the same database, it delivers every committed
 * event, in flight or not, and none for the change that was refused.
 */
class DispatchCrashTest {

    private static final int CLIENTS = 20;

    @Test
    void everyCommittedEventIsDeliveredAfterTheServiceIsKilledAndStartedAgain() throws Exception {
        try (Receiver receiver = new Receiver()) {
            receiver.holdRequests();
            Process first = start("first");
            Api service = await(first);
            String key = openTenant(service);
            Api shop = service.as(key);
            var endpoint = shop.post(
                    "/api/v1/webhook-endpoints", "{\"url\": \"" + receiver.url() + "\", \"events\": [\"client.*\"]}");
            assertThat(endpoint.status()).as(endpoint.text()).isEqualTo(201);
            List<String> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(shop.post(
                                "/api/v1/clients",
                                "{\"name\": \"Cliente " + i
                                        + "\", \"document\": {\"type\": \"DNI\", \"number\": \"%08d\"}}"
                                                .formatted(10_000_000 + i))
                        .body()
                        .get("id")
                        .stringValue());
            }
            var refused = shop.post(
                    "/api/v1/clients",
                    "{\"name\": \"Duplicado\", \"document\": {\"type\": \"DNI\", \"number\": \"10000000\"}}");
            assertThat(refused.status()).isEqualTo(409);
            receiver.await(r -> true);

            first.destroyForcibly();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            int beforeRestart = receiver.received().size();
            receiver.answering(Receiver.Answer.status(200));
            receiver.release();

            Process second = start("second");
            try {
                await(second);
                receiver.awaitAll(
                        r -> deliveredAfter(r, beforeRestart).size() == CLIENTS, "every event after the restart");
                Set<String> objects = new HashSet<>();
                receiver.received()
                        .forEach(
                                r -> objects.add(r.event().at("/data/object/id").stringValue()));
                assertThat(objects)
                        .as("events for the 20 clients and none for the refused one")
                        .containsExactlyInAnyOrderElementsOf(clients);
                assertThat(beforeRestart)
                        .as("sends in flight when the service was killed")
                        .isPositive();
            } finally {
                second.destroyForcibly();
                second.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static Set<String> deliveredAfter(List<Receiver.Received> received, int from) {
        Set<String> ids = new HashSet<>();
        received.subList(from, received.size()).forEach(r -> ids.add(r.eventId()));
        return ids;
    }

    private int port;

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
                "--clientela.webhooks.allow-private-targets=true",
                "--clientela.webhooks.timeout=30s",
                "--clientela.webhooks.dispatch.lease=3s");
        builder.redirectErrorStream(true);
        builder.redirectOutput(new File("target", "dispatch-crash-" + name + ".log"));
        return builder.start();
    }

    private Api await(Process process) throws InterruptedException {
        Api api = new Api("http://localhost:" + port);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive())
                    .as("the service process is running; see target/dispatch-crash-*.log")
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
        throw new AssertionError("The service did not start within 120 s");
    }

    private static String openTenant(Api service) {
        var opened = service.as(ApiTest.PLATFORM_KEY)
                .post("/api/v1/tenants", "{\"name\": \"Tienda Resistente\", \"country\": \"PE\"}");
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        return opened.body().at("/api_key/key").stringValue();
    }
}
