package dev.clientela.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import dev.clientela.support.SecondInstance;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Budgets of 5 reads and 3 writes per 3 seconds (ADMIN keys write 100, so that opening the tests'
 * tenants never runs short). The clock stands still unless a test moves it: a budget refills only
 * when the test says time has passed, so every count is exact.
 */
@TestPropertySource(
        properties = {
            "clientela.rate-limits.enabled=true",
            "clientela.rate-limits.period=" + RateLimitTest.PERIOD_SECONDS + "s",
            "clientela.rate-limits.reads-per-period=5",
            "clientela.rate-limits.writes-per-period=3",
            "clientela.rate-limits.roles.ADMIN.writes-per-period=100"
        })
class RateLimitTest extends ApiTest {

    static final int PERIOD_SECONDS = 3;
    /** 5 reads per 3 s: one comes back every 600 ms. */
    static final Duration ONE_READ = Duration.ofMillis(600);

    @BeforeEach
    void theClockStandsStill() {
        clock.freeze();
    }

    @Test
    void aKeySpendsItsReadBudgetThenGets429WithRetryAfterWhileWritesKeepTheirOwn() {
        String admin = openTenant("Presupuesto", "PE");
        Api shop = api.as(admin);

        for (int remaining = 4; remaining >= 0; remaining--) {
            Response read = shop.get("/api/v1/tenant");
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.header("RateLimit-Limit")).isEqualTo("5");
            assertThat(read.header("RateLimit-Remaining")).isEqualTo(String.valueOf(remaining));
            // full again once every spent read has come back, 600 ms each, in whole seconds
            long spentMillis = (5 - remaining) * ONE_READ.toMillis();
            assertThat(read.header("RateLimit-Reset")).isEqualTo(String.valueOf((spentMillis + 999) / 1000));
        }
        Response refused = shop.get("/api/v1/tenant");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.code()).isEqualTo("RATE_LIMITED");
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        assertThat(refused.header("RateLimit-Remaining")).isEqualTo("0");

        Response write = shop.post("/api/v1/clients", "{\"name\": \"Sigue Escribiendo\"}");
        assertThat(write.status()).isEqualTo(201);
        assertThat(write.header("RateLimit-Limit")).isEqualTo("100");
        assertThat(write.header("RateLimit-Remaining")).isEqualTo("99");

        Api till = api.as(keyWithRole(admin, "OPERATOR"));
        for (int remaining = 2; remaining >= 0; remaining--) {
            Response sale = till.post("/api/v1/clients", "{\"name\": \"Caja %d\"}".formatted(remaining));
            assertThat(sale.status()).isEqualTo(201);
            assertThat(sale.header("RateLimit-Limit")).isEqualTo("3");
            assertThat(sale.header("RateLimit-Remaining")).isEqualTo(String.valueOf(remaining));
        }
        assertThat(till.post("/api/v1/clients", "{\"name\": \"Una más\"}").status())
                .isEqualTo(429);
    }

    @Test
    void theBudgetRefillsOverItsPeriod() {
        Api shop = api.as(openTenant("Recarga", "PE"));
        for (int i = 0; i < 5; i++) {
            shop.get("/api/v1/tenant");
        }
        assertThat(shop.get("/api/v1/tenant").status()).isEqualTo(429);

        clock.advance(ONE_READ.minusMillis(1));
        assertThat(shop.get("/api/v1/tenant").status()).isEqualTo(429);

        clock.advance(Duration.ofMillis(1));
        Response oneBack = shop.get("/api/v1/tenant");
        assertThat(oneBack.status()).isEqualTo(200);
        assertThat(oneBack.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(shop.get("/api/v1/tenant").status()).isEqualTo(429);

        clock.advance(Duration.ofSeconds(PERIOD_SECONDS));
        Response full = shop.get("/api/v1/tenant");
        assertThat(full.status()).isEqualTo(200);
        assertThat(full.header("RateLimit-Remaining")).isEqualTo("4");

        clock.advance(Duration.ofHours(1));
        assertThat(shop.get("/api/v1/tenant").header("RateLimit-Remaining")).isEqualTo("4");
    }

    @Test
    void aKeysOwnRateLimitReplacesItsRolesBudget() {
        String admin = openTenant("Llave Limitada", "PE");
        Response issued = api.as(admin)
                .post("/api/v1/api-keys", "{\"name\": \"caja 1\", \"role\": \"VIEWER\", \"rate_limit\": 2}");
        assertThat(issued.body().get("rate_limit").intValue()).isEqualTo(2);
        Api till = api.as(issued.body().get("key").stringValue());

        assertThat(till.get("/api/v1/tenant").header("RateLimit-Limit")).isEqualTo("2");
        assertThat(till.get("/api/v1/tenant").status()).isEqualTo(200);
        assertThat(till.get("/api/v1/tenant").status()).isEqualTo(429);
    }

    @Test
    void twoInstancesOnOneDatabaseShareABudgetWithinTheStatedOverAdmission() {
        String admin = openTenant("Dos Instancias", "PE");
        int limit = 100;
        long unsynchronised = Math.max(1, limit / RateLimiter.UNSYNCHRONISED_SHARE);
        try (SecondInstance second = SecondInstance.start(
                clock,
                "--clientela.rate-limits.enabled=true",
                "--clientela.rate-limits.period=" + PERIOD_SECONDS + "s")) {
            for (int burst : new int[] {1, 3, 7}) {
                Response issued = api.as(admin)
                        .post(
                                "/api/v1/api-keys",
                                "{\"name\": \"caja %d\", \"role\": \"VIEWER\", \"rate_limit\": %d}"
                                        .formatted(burst, limit));
                String key = issued.body().get("key").stringValue();
                List<Api> instances = List.of(api.as(key), second.api().as(key));
                int admitted = 0;
                int refusedInARow = 0;
                for (int i = 0; refusedInARow < 2 * burst; i++) {
                    int status =
                            instances.get(i / burst % 2).get("/api/v1/tenant").status();
                    assertThat(status).isIn(200, 429);
                    admitted += status == 200 ? 1 : 0;
                    refusedInARow = status == 429 ? refusedInARow + 1 : 0;
                }
                assertThat(admitted)
                        .as("admitted in bursts of %d on each instance in turn", burst)
                        .isBetween(limit, limit + (int) (2 * unsynchronised));
            }
        }
    }
}
