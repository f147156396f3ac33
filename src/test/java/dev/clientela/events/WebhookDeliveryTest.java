package dev.clientela.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.standardwebhooks.Webhook;
import dev.clientela.events.Receiver.Answer;
import dev.clientela.events.Receiver.Received;
import dev.clientela.support.Api;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Delivery as Standard Webhooks says, checked by a real receiver on loopback and by the spec's own library. */
class WebhookDeliveryTest extends WebhookTest {

    @Test
    void anEventArrivesSignedSoThatTheStandardWebhooksLibraryVerifiesIt() throws Exception {
        clock.followSystemTime(); // the library checks the signed timestamp against the system clock
        Endpoint endpoint = endpoint("client.*");
        String clientId = newClient("María López");

        deliverDue();

        Received webhook = receiver.await(r -> true);
        JsonNode event = Feed.last(shop, clientId, "client.created");
        assertThat(webhook.method()).isEqualTo("POST");
        assertThat(webhook.header("content-type")).isEqualTo("application/json");
        assertThat(webhook.header("webhook-id")).isEqualTo(event.get("id").stringValue());
        assertThat(Long.parseLong(webhook.header("webhook-timestamp")))
                .isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));
        assertThat(webhook.event()).isEqualTo(event);
        assertThatCode(() -> new Webhook(endpoint.secret()).verify(webhook.body(), webhook.headers()))
                .doesNotThrowAnyException();
        assertThat(new Webhook(SecretBox.newSecret())
                        .sign(
                                webhook.header("webhook-id"),
                                Long.parseLong(webhook.header("webhook-timestamp")),
                                webhook.body()))
                .as("another secret's signature")
                .isNotEqualTo(webhook.header("webhook-signature"));
    }

    @Test
    void anEndpointGetsOnlyTheTypesItIsSubscribedTo() {
        endpoint("sale.created", "client.updated");
        String clientId = newClient("Ana");
        shop.patch("/api/v1/clients/" + clientId, "{\"name\": \"Ana María\"}");
        shop.post("/api/v1/sales", """
                {"client_id": "%s", "lines": [{"description": "Arroz", "quantity": 1, "unit_price": 4}]}""".formatted(clientId));

        deliverDue();

        assertThat(receiver.received().stream().map(Received::type))
                .containsExactlyInAnyOrder("client.updated", "sale.created");
    }

    @Test
    void aFailureIsRetriedOnTheScheduleWithTheSameWebhookIdUntilItIsDelivered() {
        Endpoint endpoint = endpoint("*");
        receiver.answering(Answer.status(500), Answer.status(200));
        Instant start = clock.freeze();
        newClient("Ana");

        deliverDue();
        JsonNode failed = attempts(endpoint).getFirst();
        Instant next = Instant.parse(failed.get("next_attempt_at").stringValue());
        assertThat(Duration.between(start, next))
                .as("the second attempt waits 5 s, stretched by up to a tenth")
                .isBetween(Duration.ofSeconds(5), Duration.ofMillis(5500));

        clock.advance(Duration.ofSeconds(4));
        deliverDue();
        assertThat(receiver.received()).as("not yet due").hasSize(1);

        clock.set(next);
        deliverDue();

        List<Received> received = receiver.received();
        assertThat(received).hasSize(2);
        assertThat(received.get(1).header("webhook-id"))
                .isEqualTo(received.get(0).header("webhook-id"));
        assertThat(received.get(1).body()).isEqualTo(received.get(0).body());
        List<JsonNode> log = attempts(endpoint);
        assertThat(log).hasSize(2);
        assertThat(log.get(0).get("status_code").intValue()).isEqualTo(200);
        assertThat(log.get(0).get("next_attempt_at").isNull()).isTrue();
        assertThat(log.get(1).get("status_code").intValue()).isEqualTo(500);
        assertThat(log.get(0).get("event_id").stringValue())
                .isEqualTo(received.get(0).eventId());

        clock.advance(Duration.ofHours(1));
        deliverDue();
        assertThat(receiver.received()).as("delivered, so never sent again").hasSize(2);
    }

    @Test
    void theDeliveryLogShowsEachAttemptWithAtMostFourKibOfTheAnswer() {
        Endpoint endpoint = endpoint("*");
        receiver.answering(Answer.status(500).withBody("x".repeat(10_000)));
        Instant at = clock.freeze().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        clock.set(at);
        newClient("Ana");

        deliverDue();

        JsonNode attempt = attempts(endpoint).getFirst();
        assertThat(attempt.get("event_id").stringValue()).startsWith("evt_");
        assertThat(Instant.parse(attempt.get("attempted_at").stringValue())).isEqualTo(at);
        assertThat(attempt.get("status_code").intValue()).isEqualTo(500);
        assertThat(attempt.get("error").isNull()).isTrue();
        assertThat(attempt.get("duration_ms").longValue()).isNotNegative();
        assertThat(attempt.get("response_body").stringValue()).hasSize(4096);
        assertThat(attempt.get("next_attempt_at").isString()).isTrue();
    }

    @Test
    void a410DisablesTheEndpointAndSaysSoInAnEvent() {
        Endpoint endpoint = endpoint("client.*");
        Endpoint watcher = endpointAt(newReceiver().url(), "webhook_endpoint.disabled");
        receiver.answering(Answer.status(410));
        newClient("Ana");

        deliverDue();
        newClient("Beto");
        deliverDue();

        JsonNode stored = shop.get("/api/v1/webhook-endpoints/" + endpoint.id()).body();
        assertThat(stored.get("enabled").booleanValue()).isFalse();
        assertThat(stored.get("disabled_reason").stringValue()).contains("410");
        assertThat(receiver.received()).as("nothing more after the 410").hasSize(1);
        JsonNode disabled = Feed.last(shop, endpoint.id(), "webhook_endpoint.disabled");
        assertThat(disabled.at("/data/object/enabled").booleanValue()).isFalse();
        assertThat(disabled.at("/data/object").has("secret")).isFalse();
        assertThat(attempts(watcher)).hasSize(1);
    }

    @Test
    void aTimeoutIsRetried() {
        Endpoint endpoint = endpoint("*");
        receiver.holdRequests();
        clock.freeze();
        newClient("Ana");

        deliverDue();
        receiver.release();

        JsonNode attempt = attempts(endpoint).getFirst();
        assertThat(attempt.get("error").stringValue()).isEqualTo("timeout");
        assertThat(attempt.get("status_code").isNull()).isTrue();
        clock.advance(Duration.ofSeconds(6));
        deliverDue();
        assertThat(attempts(endpoint).getFirst().get("status_code").intValue()).isEqualTo(200);
    }

    @Test
    void aRefusedConnectionIsRetried() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        Endpoint endpoint = endpointAt("http://127.0.0.1:" + closedPort + "/hooks", "*");
        clock.freeze();
        newClient("Ana");

        deliverDue();

        JsonNode attempt = attempts(endpoint).getFirst();
        assertThat(attempt.get("error").stringValue()).isEqualTo("connection_refused");
        assertThat(attempt.get("next_attempt_at").isString()).isTrue();
    }

    @Test
    void retryAfterOn429And503IsHonoured() {
        Endpoint endpoint = endpoint("*");
        receiver.answering(
                Answer.status(429).withHeader("Retry-After", "120"),
                Answer.status(503).withHeader("Retry-After", "600"),
                Answer.status(200));
        Instant start = clock.freeze();
        newClient("Ana");

        deliverDue();
        clock.set(start.plusSeconds(119));
        deliverDue();
        assertThat(receiver.received()).as("the receiver asked for 120 s").hasSize(1);
        clock.set(start.plusSeconds(120));
        deliverDue();
        assertThat(receiver.received()).hasSize(2);
        clock.set(start.plusSeconds(120 + 599));
        deliverDue();
        assertThat(receiver.received()).as("then for 600 s").hasSize(2);
        clock.set(start.plusSeconds(120 + 600));
        deliverDue();

        assertThat(receiver.received()).hasSize(3);
        assertThat(attempts(endpoint).stream().map(a -> a.get("status_code").intValue()))
                .containsExactly(200, 503, 429);
    }

    @Test
    void aRedirectIsNotFollowed() {
        Endpoint endpoint = endpoint("*");
        receiver.answering(Answer.status(302).withHeader("Location", receiver.url() + "/elsewhere"));
        newClient("Ana");

        deliverDue();

        assertThat(receiver.received()).hasSize(1);
        JsonNode attempt = attempts(endpoint).getFirst();
        assertThat(attempt.get("status_code").intValue()).isEqualTo(302);
        assertThat(attempt.get("next_attempt_at").isString())
                .as("a redirect is a failure to retry")
                .isTrue();
    }

    @Test
    void duringARotationBothSecretsSignForADayThenOnlyTheNewOne() throws Exception {
        clock.followSystemTime(); // the library checks the signed timestamp against the system clock
        Endpoint endpoint = endpoint("*");
        Api.Response rotated = shop.post("/api/v1/webhook-endpoints/" + endpoint.id() + "/rotate-secret", null);
        assertThat(rotated.status()).as(rotated.text()).isEqualTo(200);
        String newSecret = rotated.body().get("secret").stringValue();
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(endpoint.secret());
        newClient("Ana");

        deliverDue();

        Received during = receiver.await(r -> true);
        assertThat(during.header("webhook-signature").split(" ")).hasSize(2);
        assertThatCode(() -> new Webhook(endpoint.secret()).verify(during.body(), during.headers()))
                .doesNotThrowAnyException();
        assertThatCode(() -> new Webhook(newSecret).verify(during.body(), during.headers()))
                .doesNotThrowAnyException();

        clock.set(Instant.now().plus(Duration.ofHours(24)).plusSeconds(1));
        newClient("Beto");
        deliverDue();

        Received after = receiver.received().get(1);
        String id = after.header("webhook-id");
        long timestamp = Long.parseLong(after.header("webhook-timestamp"));
        assertThat(after.header("webhook-signature"))
                .as("the library's own signature with the new secret, alone")
                .isEqualTo(new Webhook(newSecret).sign(id, timestamp, after.body()));
    }

    @Test
    void redeliverSendsAnEventAgainToEveryEndpointOrToTheOneNamed() {
        Endpoint first = endpoint("*");
        Receiver other = newReceiver();
        Endpoint second = endpointAt(other.url(), "client.*");
        String clientId = newClient("Ana");
        deliverDue();
        String eventId = Feed.last(shop, clientId, "client.created").get("id").stringValue();

        Api.Response toAll = shop.post("/api/v1/events/" + eventId + "/redeliver", null);
        deliverDue();
        Api.Response toOne =
                shop.post("/api/v1/events/" + eventId + "/redeliver", "{\"endpoint_id\": \"" + second.id() + "\"}");
        deliverDue();

        assertThat(toAll.status()).as(toAll.text()).isEqualTo(202);
        assertThat(toAll.body().get("endpoints").valueStream().map(JsonNode::stringValue))
                .containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(toOne.status()).isEqualTo(202);
        assertThat(receiver.received()).hasSize(2);
        assertThat(other.received()).hasSize(3);
        assertThat(other.received().stream().map(r -> r.header("webhook-id")).distinct())
                .containsExactly(eventId);
        assertThat(shop.post(
                                "/api/v1/events/" + eventId + "/redeliver",
                                "{\"endpoint_id\": \"" + java.util.UUID.randomUUID() + "\"}")
                        .status())
                .isEqualTo(422);
    }

    @Test
    void replaySendsAgainWhatFailedSinceTheGivenTime() {
        Endpoint endpoint = endpoint("*");
        receiver.answering(Answer.status(500));
        Instant early = clock.freeze().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        String before = newClient("Antes");
        clock.set(early.plusSeconds(1));
        deliverDue();
        Instant since = early.plusSeconds(3);
        clock.set(since);
        String first = newClient("Primero");
        String second = newClient("Segundo");
        deliverDue();
        assertThat(receiver.received()).hasSize(3);

        receiver.answering(Answer.status(200));
        Api.Response replay =
                shop.post("/api/v1/webhook-endpoints/" + endpoint.id() + "/replay", "{\"since\": \"" + since + "\"}");
        deliverDue();

        assertThat(replay.status()).as(replay.text()).isEqualTo(202);
        assertThat(replay.body().get("replayed").intValue()).isEqualTo(2);
        List<String> resent = receiver.received().subList(3, receiver.received().size()).stream()
                .map(r -> r.event().at("/data/object/id").stringValue())
                .toList();
        assertThat(resent).containsExactlyInAnyOrder(first, second).doesNotContain(before);
        assertThat(shop.post("/api/v1/webhook-endpoints/" + endpoint.id() + "/replay", "{}")
                        .status())
                .isEqualTo(422);
    }

    @Test
    void anEndpointFailingEveryAttemptForFiveDaysIsDisabled() {
        Endpoint endpoint = endpoint("client.*");
        receiver.answering(Answer.status(500));
        Instant start = clock.freeze();
        newClient("Ana");
        deliverDue();

        for (Duration d : RetrySchedule.DELAYS) {
            clock.advance(d.plus(d.dividedBy(10)).plusSeconds(1));
            deliverDue();
        }
        assertThat(receiver.received()).as("the first attempt and nine retries").hasSize(10);
        assertThat(attempts(endpoint).getFirst().get("next_attempt_at").isNull())
                .as("no attempt left")
                .isTrue();

        clock.set(start.plus(Duration.ofDays(4)));
        newClient("Beto");
        deliverDue();
        assertThat(shop.get("/api/v1/webhook-endpoints/" + endpoint.id())
                        .body()
                        .get("enabled")
                        .booleanValue())
                .as("four days of failures")
                .isTrue();

        clock.set(start.plus(Duration.ofDays(5)).plusSeconds(1));
        newClient("Carla");
        deliverDue();

        JsonNode stored = shop.get("/api/v1/webhook-endpoints/" + endpoint.id()).body();
        assertThat(stored.get("enabled").booleanValue())
                .as("%s", attempts(endpoint))
                .isFalse();
        assertThat(stored.get("disabled_reason").stringValue()).contains("5 days");
        assertThat(Feed.typesAbout(shop, endpoint.id())).containsExactly("webhook_endpoint.disabled");
    }

    @Test
    void oneTenantsEventsNeverReachAnotherTenantsEndpoint() {
        endpoint("*");
        Api other = api.as(openTenant("Distribuidora Sur", "PE"));
        other.post("/api/v1/clients", "{\"name\": \"Ajena\"}");
        String mine = newClient("Propia");

        deliverDue();

        assertThat(receiver.received()).hasSize(1);
        assertThat(receiver.received().getFirst().event().at("/data/object/id").stringValue())
                .isEqualTo(mine);
    }
}
