package dev.clientela.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.ClientelaApplication;
import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import dev.clientela.support.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(
        properties = {
            "clientela.rate-limits.enabled=true",
            "clientela.rate-limits.period=" + RateLimitTest.PERIOD_SECONDS + "s",
            "clientela.rate-limits.reads-per-period=5",
            "clientela.rate-limits.writes-per-period=3"
        })
class RateLimitTest extends ApiTest {

    static final int PERIOD_SECONDS = 3;

    @Test
    void aKeySpendsItsReadBudgetThenGets429WithRetryAfterWhileWritesKeepTheirOwn() {
        Api shop = api.as(openTenant("Presupuesto", "PE"));

        for (int remaining = 4; remaining >= 0; remaining--) {
            Response read = shop.get("/api/v1/tenant");
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.header("RateLimit-Limit")).isEqualTo("5");
            assertThat(read.header("RateLimit-Remaining")).isEqualTo(String.valueOf(remaining));
            assertThat(Integer.parseInt(read.header("RateLimit-Reset"))).isBetween(0, PERIOD_SECONDS);
        }
        Response refused = shop.get("/api/v1/tenant");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.code()).isEqualTo("RATE_LIMITED");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, PERIOD_SECONDS);

        Response write = shop.post("/api/v1/clients", "{\"name\": \"Sigue Escribiendo\"}");
        assertThat(write.status()).isEqualTo(201);
        assertThat(write.header("RateLimit-Limit")).isEqualTo("3");
    }

    @Test
    void theBudgetRefillsOverItsPeriod() throws InterruptedException {
        Api shop = api.as(openTenant("Recarga", "PE"));
        for (int i = 0; i < 5; i++) {
            shop.get("/api/v1/tenant");
        }
        assertThat(shop.get("/api/v1/tenant").status()).isEqualTo(429);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(PERIOD_SECONDS * 3L));
        int status = 429;
        while (status == 429 && Instant.now().isBefore(deadline)) {
            TimeUnit.MILLISECONDS.sleep(200); // the refill is a matter of time passing
            status = shop.get("/api/v1/tenant").status();
        }
        assertThat(status).isEqualTo(200);
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
    void twoInstancesOnOneDatabaseShareABudget() {
        String key = openTenant("Dos Instancias", "PE");
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(ClientelaApplication.class)
                .run(
                        "--server.port=0",
                        "--clientela.db.url=" + TestDatabase.jdbcUrl(),
                        "--clientela.db.user=" + TestDatabase.user(),
                        "--clientela.db.owner-user=" + TestDatabase.owner(),
                        "--clientela.bootstrap-api-key=" + PLATFORM_KEY,
                        "--clientela.rate-limits.enabled=true",
                        "--clientela.rate-limits.period=" + PERIOD_SECONDS + "s",
                        "--clientela.rate-limits.reads-per-period=5")) {
            Api other = new Api("http://localhost:" + second.getEnvironment().getProperty("local.server.port")).as(key);

            for (int i = 0; i < 3; i++) {
                assertThat(api.as(key).get("/api/v1/tenant").status()).isEqualTo(200);
            }
            Response fourth = other.get("/api/v1/tenant");
            assertThat(fourth.status()).isEqualTo(200);
            assertThat(fourth.header("RateLimit-Remaining")).isEqualTo("1");
            assertThat(other.get("/api/v1/tenant").status()).isEqualTo(200);
            assertThat(api.as(key).get("/api/v1/tenant").status()).isEqualTo(429);
        }
    }
}
