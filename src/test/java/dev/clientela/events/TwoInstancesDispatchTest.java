package dev.clientela.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.SecondInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Two more instances on the same database dispatch on their own while this one makes passes too:
 * every event reaches every endpoint, once, and never by two sends at the same time.
 */
class TwoInstancesDispatchTest extends WebhookTest {

    private static final int CLIENTS = 40;

    @Test
    void eachEventIsDeliveredToEachEndpointOnceAndNeverTwiceAtOnce() throws Exception {
        Receiver crm = receiver;
        Receiver billing = newReceiver();
        endpointAt(crm.url(), "*");
        endpointAt(billing.url(), "client.created");
        String[] dispatching = {
            "--clientela.webhooks.allow-private-targets=true",
            "--clientela.webhooks.dispatch.batch=4",
            "--clientela.webhooks.dispatch.poll=100ms"
        };
        AtomicBoolean running = new AtomicBoolean(true);
        try (SecondInstance a = SecondInstance.start(clock, dispatching);
                SecondInstance b = SecondInstance.start(clock, dispatching)) {
            Thread here = Thread.ofVirtual().start(() -> {
                while (running.get()) {
                    dispatcher.deliverDue();
                }
            });
            List<Api> apis = List.of(shop, a.api().as(shopKey), b.api().as(shopKey));
            List<String> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                var created = apis.get(i % 3).post("/api/v1/clients", "{\"name\": \"Cliente " + i + "\"}");
                assertThat(created.status()).as(created.text()).isEqualTo(201);
                clients.add(created.body().get("id").stringValue());
            }

            crm.awaitAll(r -> ids(r).size() == CLIENTS, "every event at the CRM");
            billing.awaitAll(r -> ids(r).size() == CLIENTS, "every event at billing");
            running.set(false);
            here.join();

            assertThat(crm.overlapping())
                    .as("events sent twice at once to the CRM")
                    .isEmpty();
            assertThat(billing.overlapping())
                    .as("events sent twice at once to billing")
                    .isEmpty();
            assertThat(crm.received()).as("each event once").hasSize(CLIENTS);
            assertThat(billing.received()).as("each event once").hasSize(CLIENTS);
            assertThat(crm.received().stream()
                            .map(r -> r.event().at("/data/object/id").stringValue()))
                    .containsExactlyInAnyOrderElementsOf(clients);
        } finally {
            running.set(false);
        }
    }

    private static List<String> ids(List<Receiver.Received> received) {
        return received.stream().map(Receiver.Received::eventId).distinct().toList();
    }
}
