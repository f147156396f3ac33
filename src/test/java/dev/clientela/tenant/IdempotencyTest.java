package dev.clientela.tenant;

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

class IdempotencyTest extends ApiTest {

    private static final String CLIENT =
            "{\"name\": \"Pedro Castillo\", \"document\": {\"type\": \"DNI\", \"number\": \"41234567\"}}";

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndChangesNothing() {
        Api shop = api.as(openTenant("Bodega Idempotente", "PE"));

        Response first = shop.with("Idempotency-Key", "order-1").post("/api/v1/clients", CLIENT);
        Response retry = shop.with("Idempotency-Key", "order-1").post("/api/v1/clients", CLIENT);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.text()).isEqualTo(first.text());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(shop.get("/api/v1/clients").body().get("data").size()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        Api shop = api.as(openTenant("Bodega Dos", "PE"));
        shop.with("Idempotency-Key", "k-1").post("/api/v1/clients", CLIENT);

        Response other = shop.with("Idempotency-Key", "k-1").post("/api/v1/clients", "{\"name\": \"Otro\"}");

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(shop.get("/api/v1/clients").body().get("data").size()).isEqualTo(1);
    }

    @Test
    void aRefusalIsReplayedTooAndKeysBelongToOneTenant() {
        String admin = openTenant("Bodega Tres", "PE");
        Api shop = api.as(admin);
        Response invalid = shop.with("Idempotency-Key", "bad-1").post("/api/v1/clients", "{\"name\": \"\"}");
        Response again = shop.with("Idempotency-Key", "bad-1").post("/api/v1/clients", "{\"name\": \"\"}");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");

        Api neighbour = api.as(openTenant("Bodega Vecina", "PE"));
        assertThat(shop.with("Idempotency-Key", "shared")
                        .post("/api/v1/clients", CLIENT)
                        .status())
                .isEqualTo(201);
        Response theirs = neighbour.with("Idempotency-Key", "shared").post("/api/v1/clients", CLIENT);
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void aKeyLongerThan255CharactersIsRefused() {
        Api shop = api.as(openTenant("Bodega Cuatro", "PE"));

        Response response = shop.with("Idempotency-Key", "k".repeat(256)).post("/api/v1/clients", CLIENT);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body().at("/errors/0/field").stringValue()).isEqualTo("Idempotency-Key");
    }

    @Test
    void sixteenParallelRequestsWithOneKeyCreateOneClient() throws Exception {
        Api shop = api.as(openTenant("Bodega Paralela", "PE")).with("Idempotency-Key", "parallel-1");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < 16; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return shop.post("/api/v1/clients", CLIENT);
                }));
            }
            start.countDown();
            for (Future<Response> answer : answers) {
                int status = answer.get(60, TimeUnit.SECONDS).status();
                assertThat(status).isIn(201, 409);
            }
        }
        assertThat(shop.get("/api/v1/clients").body().get("data").size()).isEqualTo(1);
        assertThat(shop.post("/api/v1/clients", CLIENT).header("Idempotent-Replayed"))
                .isEqualTo("true");
    }
}
