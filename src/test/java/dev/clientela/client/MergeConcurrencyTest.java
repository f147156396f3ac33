package dev.clientela.client;

import static dev.clientela.client.MergeScenarioTest.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MergeConcurrencyTest extends ApiTest {

    @Test
    void sixteenSalesRacingAMergeAllEndWithTheSurvivor() throws Exception {
        Api shop = api.as(openTenant("Carrera", "PE"));
        UUID tenantId = shop.tenantId();
        for (int round = 0; round < 3; round++) {
            String survivor = id(shop.post("/api/v1/clients", "{\"name\": \"Sobreviviente " + round + "\"}"));
            String merged = id(shop.post("/api/v1/clients", "{\"name\": \"Fusionado " + round + "\"}"));
            List<Response> sales = new ArrayList<>();
            Response merge;
            CountDownLatch start = new CountDownLatch(1);
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<Response>> pending = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    int n = i;
                    pending.add(pool.submit(() -> {
                        start.await();
                        return shop.post("/api/v1/sales", """
                                {"client_id": "%s", "notes": "venta %d", "lines": [{"description": "Pan", "quantity": 1, "unit_price": 1}]}""".formatted(merged, n));
                    }));
                }
                Future<Response> merging = pool.submit(() -> {
                    start.await();
                    return shop.post(
                            "/api/v1/clients/" + survivor + "/merge", "{\"clients\": [\"%s\"]}".formatted(merged));
                });
                start.countDown();
                for (Future<Response> sale : pending) {
                    sales.add(sale.get());
                }
                merge = merging.get();
            }

            assertThat(merge.status()).as(merge.text()).isEqualTo(201);
            List<String> created = new ArrayList<>();
            for (Response sale : sales) {
                if (sale.status() == 201) {
                    created.add(sale.body().get("id").stringValue());
                } else {
                    assertThat(sale.code()).as(sale.text()).isEqualTo("CLIENT_MERGED");
                }
            }
            for (String sale : created) {
                assertThat(shop.get("/api/v1/sales/" + sale)
                                .body()
                                .get("client_id")
                                .stringValue())
                        .isEqualTo(survivor);
            }
            assertThat(TableDumps.query(
                            "select count(*) from sales where tenant_id = ? and client_id = ?::uuid",
                            tenantId,
                            survivor))
                    .containsExactly(String.valueOf(created.size()));
            assertThat(TableDumps.query("""
                            select count(*) from sales s join clients c on c.tenant_id = s.tenant_id and c.id = s.client_id
                            where s.tenant_id = ? and c.status = 'MERGED'""", tenantId)).containsExactly("0");
        }
    }

    @Test
    void ofTwoMergesOfTheSameClientsOneWinsAndTheOtherIsAConflict() throws Exception {
        Api shop = api.as(openTenant("Dos fusiones", "PE"));
        for (int round = 0; round < 5; round++) {
            String a = id(shop.post("/api/v1/clients", "{\"name\": \"A " + round + "\"}"));
            String b = id(shop.post("/api/v1/clients", "{\"name\": \"B " + round + "\"}"));
            String c = id(shop.post("/api/v1/clients", "{\"name\": \"C " + round + "\"}"));
            String secondSurvivor = round % 2 == 0 ? c : b;
            String secondMerged = round % 2 == 0 ? b : a;
            CountDownLatch start = new CountDownLatch(1);
            List<Response> answers = new ArrayList<>();
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<Response>> both = List.of(
                        pool.submit(() -> {
                            start.await();
                            return shop.post("/api/v1/clients/" + a + "/merge", "{\"clients\": [\"%s\"]}".formatted(b));
                        }),
                        pool.submit(() -> {
                            start.await();
                            return shop.post(
                                    "/api/v1/clients/" + secondSurvivor + "/merge",
                                    "{\"clients\": [\"%s\"]}".formatted(secondMerged));
                        }));
                start.countDown();
                for (Future<Response> answer : both) {
                    answers.add(answer.get());
                }
            }

            assertThat(answers).extracting(Response::status).containsExactlyInAnyOrder(201, 409);
            assertThat(answers.stream()
                            .filter(r -> r.status() == 409)
                            .findFirst()
                            .orElseThrow()
                            .code())
                    .isEqualTo("MERGE_CONFLICT");
        }
    }
}
