package dev.clientela.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.SecondInstance;
import org.junit.jupiter.api.Test;

/** A receiver that never answers holds up only the webhooks sent to it. */
class SlowReceiverTest extends WebhookTest {

    private static final int CLIENTS = 12;

    @Test
    void aReceiverThatNeverAnswersDoesNotHoldBackTheOthers() {
        Receiver stuck = receiver;
        Receiver healthy = newReceiver();
        endpointAt(stuck.url(), "*");
        endpointAt(healthy.url(), "*");
        stuck.holdRequests();
        try (SecondInstance dispatching = SecondInstance.start(
                clock,
                "--clientela.webhooks.allow-private-targets=true",
                "--clientela.webhooks.timeout=60s",
                "--clientela.webhooks.dispatch.max-in-flight=" + (CLIENTS + 4))) {
            Api shop = dispatching.api().as(shopKey);
            for (int i = 0; i < CLIENTS; i++) {
                shop.post("/api/v1/clients", "{\"name\": \"Cliente " + i + "\"}");
                int sent = i + 1;
                healthy.awaitAll(r -> r.size() == sent, "client " + i + " at the healthy receiver");
            }

            stuck.awaitAll(r -> r.size() == CLIENTS, "every webhook at the stuck receiver");
            assertThat(stuck.received())
                    .as("every webhook to the stuck receiver is still unanswered")
                    .hasSize(CLIENTS);
            stuck.release();
        }
    }
}
