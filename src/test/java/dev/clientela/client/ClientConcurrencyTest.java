package dev.clientela.client;

import static dev.clientela.client.ClientData.COMPANY_RUC;
import static dev.clientela.client.ClientData.HONDURAN_DNI;
import static dev.clientela.client.ClientData.HONDURAN_DNI_WITH_DASHES;
import static dev.clientela.client.ClientData.json;
import static dev.clientela.client.ClientData.named;
import static dev.clientela.client.ClientData.withDocument;
import static dev.clientela.client.ClientRequests.CLIENTS;
import static dev.clientela.client.ClientRequests.idOf;
import static dev.clientela.client.ClientRequests.ids;
import static dev.clientela.client.ClientRequests.list;
import static dev.clientela.client.ClientRequests.pathOf;
import static dev.clientela.client.ClientRequests.register;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.ApiTest;
import dev.clientela.support.SecondInstance;
import dev.clientela.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ClientConcurrencyTest extends ApiTest {

    private static final int CALLERS = 16;

    @Test
    void parallelRegistrationsOfOneDocumentCreateExactlyOneClient() throws Exception {
        Api shop = api.as(openTenant("Pulpería Tegucigalpa", "HN"));

        List<Api.Response> responses = all(i -> () -> shop.post(
                CLIENTS, withDocument("Cajero " + i, "DNI", i % 2 == 0 ? HONDURAN_DNI : HONDURAN_DNI_WITH_DASHES)));

        assertThat(responses).noneMatch(r -> r.status() >= 500);
        List<Api.Response> created =
                responses.stream().filter(r -> r.status() == 201).toList();
        List<Api.Response> refused =
                responses.stream().filter(r -> r.status() == 409).toList();
        assertThat(created).as(responses.toString()).hasSize(1);
        assertThat(refused).as(responses.toString()).hasSize(CALLERS - 1);
        String winner = idOf(created.getFirst().body());
        assertThat(refused).allSatisfy(r -> {
            assertThat(r.code()).isEqualTo("DUPLICATE_DOCUMENT");
            assertThat(r.body().get("existing_client_id").stringValue()).isEqualTo(winner);
        });
        assertThat(ids(list(shop, "document_number", HONDURAN_DNI_WITH_DASHES))).containsExactly(winner);
        assertThat(ids(list(shop))).containsExactly(winner);
    }

    @Test
    void parallelUpdatesWithTheSameIfMatchApplyExactlyOnce() throws Exception {
        Api shop = api.as(openTenant("Bodega Concurrente", "PE"));
        JsonNode client = register(shop, named("Cliente Disputado"));
        long initial = client.get("version").longValue();
        Api withIfMatch = shop.with("If-Match", "\"" + initial + "\"");

        List<Api.Response> responses =
                all(i -> () -> withIfMatch.patch(pathOf(client), "{\"notes\": \"cajero " + i + "\"}"));

        assertThat(responses).noneMatch(r -> r.status() >= 500);
        assertThat(responses.stream().filter(r -> r.status() == 200))
                .as(responses.toString())
                .hasSize(1);
        assertThat(responses.stream().filter(r -> r.status() == 412))
                .as(responses.toString())
                .hasSize(CALLERS - 1)
                .allSatisfy(r -> assertThat(r.code()).isEqualTo("PRECONDITION_FAILED"));
        Api.Response winner =
                responses.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
        JsonNode stored = shop.get(pathOf(client)).body();
        assertThat(stored.get("version").longValue()).isEqualTo(initial + 1);
        assertThat(stored.get("notes").stringValue())
                .isEqualTo(winner.body().get("notes").stringValue());
    }

    @Test
    void parallelRegistrationsOfDifferentClientsGetDistinctConsecutiveNumbers() throws Exception {
        Api shop = api.as(openTenant("Bodega Numerada", "PE"));

        List<Api.Response> responses = all(i -> () -> shop.post(CLIENTS, named("Cliente " + i)));

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).isEqualTo(201));
        assertThat(responses.stream().map(r -> r.body().get("number").longValue()))
                .containsExactlyInAnyOrderElementsOf(java.util.stream.LongStream.rangeClosed(1, CALLERS)
                        .boxed()
                        .toList());
    }

    @Test
    void parallelUpdatesGivingDifferentClientsOneDocumentLetExactlyOneHaveIt() throws Exception {
        Api shop = api.as(openTenant("Ferretería Sucursales", "PE"));
        List<JsonNode> branches = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            branches.add(register(shop, named("Sucursal " + i)));
        }

        List<Api.Response> responses = all(i -> () -> shop.patch(
                pathOf(branches.get(i)), "{\"document\": {\"type\": \"RUC\", \"number\": \"" + COMPANY_RUC + "\"}}"));

        assertThat(responses).noneMatch(r -> r.status() >= 500);
        List<Api.Response> updated =
                responses.stream().filter(r -> r.status() == 200).toList();
        assertThat(updated).as(responses.toString()).hasSize(1);
        String winner = idOf(updated.getFirst().body());
        assertThat(responses.stream().filter(r -> r.status() != 200)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(409);
            assertThat(r.code()).isEqualTo("DUPLICATE_DOCUMENT");
        });
        assertThat(ids(list(shop, "document_number", COMPANY_RUC))).containsExactly(winner);
    }

    @Test
    void parallelRegistrationsOfOneExternalCodeCreateExactlyOneClient() throws Exception {
        Api shop = api.as(openTenant("Bodega Integrada", "PE"));

        List<Api.Response> responses =
                all(i -> () -> shop.post(CLIENTS, json("name", "Importado " + i, "external_code", "ERP-42")));

        assertThat(responses).noneMatch(r -> r.status() >= 500);
        assertThat(responses.stream().filter(r -> r.status() == 201))
                .as(responses.toString())
                .hasSize(1);
        assertThat(responses.stream().filter(r -> r.status() == 409))
                .hasSize(CALLERS - 1)
                .allSatisfy(r -> assertThat(r.code()).isEqualTo("DUPLICATE_EXTERNAL_CODE"));
        assertThat(ids(list(shop, "external_code", "ERP-42"))).hasSize(1);
    }

    /**
     * Another write takes the row while an update waits for it: the update is made again over what
     * that write left, under the row's lock, on a service whose pool holds a single connection. The
     * first try gives its connection back before the second takes one, or this update would wait for
     * itself until the pool gave up.
     */
    @Test
    void anUpdateOvertakenWhileItWaitedIsMadeAgainWithASingleConnectionInThePool() throws Exception {
        String key = openTenant("Bodega de una Caja", "PE");
        Api shop = api.as(key);
        JsonNode client = register(shop, named("Cliente Esperado"));
        long initial = client.get("version").longValue();
        try (SecondInstance oneConnection = SecondInstance.start(
                        clock,
                        "--spring.datasource.hikari.maximum-pool-size=1",
                        "--spring.datasource.hikari.connection-timeout=2000");
                Connection holder = DriverManager.getConnection(TestDatabase.jdbcUrl(), TestDatabase.owner(), "");
                Connection watcher = DriverManager.getConnection(TestDatabase.jdbcUrl(), TestDatabase.owner(), "");
                ExecutorService callers = Executors.newFixedThreadPool(2)) {
            Api there = oneConnection.api().as(key);
            assertThat(there.get(pathOf(client)).status()).isEqualTo(200);
            holder.setAutoCommit(false);
            try (var lock = holder.prepareStatement("select 1 from clients where id = ? for update")) {
                lock.setObject(1, UUID.fromString(idOf(client)));
                lock.executeQuery().close();
            }
            // PostgreSQL hands a row's lock to its waiters in turn: this one writes first...
            Future<Api.Response> first =
                    callers.submit(() -> shop.patch(pathOf(client), "{\"notes\": \"Paga los viernes\"}"));
            waitForWritesWaiting(watcher, 1);
            // ...and this one finds the version it read gone once it has the row
            Future<Api.Response> overtaken =
                    callers.submit(() -> there.patch(pathOf(client), "{\"mobile\": \"+51 987 654 321\"}"));
            waitForWritesWaiting(watcher, 2);
            holder.rollback();

            assertThat(first.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
            Api.Response second = overtaken.get(30, TimeUnit.SECONDS);
            assertThat(second.status()).as(second.toString()).isEqualTo(200);
            JsonNode stored = shop.get(pathOf(client)).body();
            assertThat(stored.get("version").longValue()).isEqualTo(initial + 2);
            assertThat(stored.get("notes").stringValue()).isEqualTo("Paga los viernes");
            assertThat(stored.get("mobile").stringValue()).isEqualTo("+51 987 654 321");
        }
    }

    private static void waitForWritesWaiting(Connection watcher, int writes) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (writesWaitingForALock(watcher) < writes) {
            assertThat(Instant.now())
                    .as("%d writes waiting for the row", writes)
                    .isBefore(deadline);
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    private static int writesWaitingForALock(Connection watcher) throws SQLException {
        try (var waiting = watcher.createStatement();
                ResultSet rows = waiting.executeQuery("""
                        select count(*) from pg_stat_activity where datname = current_database()
                        and wait_event_type = 'Lock' and query like 'with duplicate_subject%'""")) { // a write looks first
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Runs {@link #CALLERS} requests at once, released together by a start gate, and waits for all. */
    private static List<Api.Response> all(IntFunction<java.util.concurrent.Callable<Api.Response>> request)
            throws Exception {
        CountDownLatch ready = new CountDownLatch(CALLERS);
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(CALLERS)) {
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                var call = request.apply(i);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    assertThat(start.await(10, TimeUnit.SECONDS)).isTrue();
                    return call.call();
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            start.countDown();
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> future : futures) {
                responses.add(future.get(30, TimeUnit.SECONDS));
            }
            return responses;
        }
    }
}
