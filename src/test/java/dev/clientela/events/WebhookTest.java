package dev.clientela.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Base of the webhook tests: receivers on loopback are allowed, sends time out after one second, and
 * the dispatcher does not run on its own, so each test makes its dispatch passes when it means to.
 */
@TestPropertySource(
        properties = {
            "clientela.webhooks.allow-private-targets=true",
            "clientela.webhooks.dispatch.enabled=false",
            "clientela.webhooks.timeout=1s"
        })
abstract class WebhookTest extends ApiTest {

    @Autowired
    Dispatcher dispatcher;

    protected String shopKey;
    protected Api shop;
    protected Receiver receiver;
    private final List<Receiver> receivers = new ArrayList<>();

    @BeforeEach
    void openShopWithReceiver() {
        shopKey = openTenant("Distribuidora Norte", "PE");
        shop = api.as(shopKey);
        receiver = newReceiver();
    }

    @AfterEach
    void closeReceivers() {
        receivers.forEach(Receiver::close);
    }

    Receiver newReceiver() {
        Receiver r = new Receiver();
        receivers.add(r);
        return r;
    }

    /** Dispatch passes until nothing is due (attempts of other tests' endpoints included). */
    void deliverDue() {
        for (int pass = 0; pass < 20 && dispatcher.deliverDue() > 0; pass++) {
            // each pass sends what was due when it began
        }
    }

    /** An endpoint of the shop's for {@code url}, subscribed to {@code events}. */
    Endpoint endpointAt(String url, String... events) {
        var created = shop.post(
                "/api/v1/webhook-endpoints",
                "{\"url\": %s, \"events\": %s}".formatted(Api.jsonString(url), json(events)));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return new Endpoint(
                created.body().get("id").stringValue(),
                created.body().get("secret").stringValue());
    }

    Endpoint endpoint(String... events) {
        return endpointAt(receiver.url(), events);
    }

    String newClient(String name) {
        return shop.post("/api/v1/clients", "{\"name\": " + Api.jsonString(name) + "}")
                .body()
                .get("id")
                .stringValue();
    }

    List<JsonNode> attempts(Endpoint endpoint) {
        var log = shop.get("/api/v1/webhook-endpoints/" + endpoint.id() + "/deliveries");
        assertThat(log.status()).as(log.text()).isEqualTo(200);
        return log.body().get("data").valueStream().toList();
    }

    static String json(String... values) {
        return "["
                + String.join(
                        ", ",
                        java.util.Arrays.stream(values).map(Api::jsonString).toList()) + "]";
    }

    record Endpoint(String id, String secret) {}
}
