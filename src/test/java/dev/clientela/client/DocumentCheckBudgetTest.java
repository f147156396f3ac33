package dev.clientela.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Checking a document changes nothing, so it spends the read budget, not the write budget: with the
 * default budgets and a clock that stands still for the whole minute, a shop checks its old list of
 * 2,000 numbers one by one without a 429.
 */
@TestPropertySource(properties = "clientela.rate-limits.enabled=true")
class DocumentCheckBudgetTest extends ApiTest {

    @Test
    void twoThousandChecksInOneMinuteFitAViewersDefaultReadBudget() throws Exception {
        Api viewer = api.as(keyWithRole(openTenant("Lista de Clientes", "PE"), "VIEWER"));
        clock.freeze();
        ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();

        // four tills at once, as a shop's import would send them
        try (ExecutorService tills = Executors.newFixedThreadPool(4)) {
            List<Future<?>> sent = IntStream.range(0, 4)
                    .<Future<?>>mapToObj(till -> tills.submit(() -> {
                        for (int i = till; i < 2000; i += 4) {
                            Response check = viewer.post(
                                    "/api/v1/documents/validate",
                                    "{\"type\": \"DNI\", \"number\": \"%08d\"}".formatted(10_000_000 + i));
                            if (check.status() != 200 || !"3000".equals(check.header("RateLimit-Limit"))) {
                                refused.add(i + ": " + check);
                            }
                        }
                    }))
                    .toList();
            for (Future<?> till : sent) {
                till.get();
            }
        }

        assertThat(refused).isEmpty();
        Response after = viewer.get("/api/v1/tenant");
        assertThat(after.header("RateLimit-Remaining")).isEqualTo("999");
    }
}
