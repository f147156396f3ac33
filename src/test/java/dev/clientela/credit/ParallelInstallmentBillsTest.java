package dev.clientela.credit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ParallelInstallmentBillsTest extends ApiTest {

    @Test
    void sixteenParallelInstallmentBillsForOneClientMakeExactlyOnePlan() throws Exception {
        Api store = api.as(openTenant("Crédito Rápido", "HN"));
        String clientId = store.post("/api/v1/clients", "{\"name\": \"Ana Flores\"}")
                .body()
                .get("id")
                .stringValue();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < 16; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return store.post("/api/v1/bills", CreditScenarioTest.installmentBill(clientId, "120.00"));
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS).status());
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(15);
        }
        Response plans = store.get("/api/v1/payment-plans?client_id=" + clientId);
        assertThat(plans.body().get("data").size()).isEqualTo(1);
    }
}
