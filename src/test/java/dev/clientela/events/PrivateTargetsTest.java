package dev.clientela.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.ApiTest;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * By default webhooks go only to https URLs of public addresses: refused when the endpoint is saved,
 * and refused again when a name resolves to a private address at the time of sending.
 */
class PrivateTargetsTest extends ApiTest {

    @Autowired
    Dispatcher dispatcher;

    @Test
    void anEndpointOnPlainHttpOrAPrivateAddressIsRefusedWhenSaved() {
        Api shop = api.as(openTenant("Almacén Seguro", "PE"));

        for (String url : List.of(
                "http://example.com/hooks",
                "https://127.0.0.1/hooks",
                "https://localhost:8443/hooks",
                "https://10.1.2.3/hooks",
                "https://192.168.0.10/hooks",
                "https://169.254.169.254/latest/meta-data",
                "https://[::1]/hooks",
                "https://[fd00::1]/hooks")) {
            var refused = shop.post("/api/v1/webhook-endpoints", "{\"url\": \"" + url + "\", \"events\": [\"*\"]}");
            assertThat(refused.status()).as(url).isEqualTo(422);
            assertThat(refused.body().at("/errors/0/field").stringValue())
                    .as(url)
                    .isEqualTo("url");
        }
        assertThat(shop.get("/api/v1/webhook-endpoints").body().get("data")).isEmpty();
    }

    @Test
    void aNameThatResolvesToAPrivateAddressIsRefusedWhenSending() throws Exception {
        String host = InetAddress.getLocalHost().getHostName();
        assertThat(TargetPolicy.isPrivate(InetAddress.getByName(host)))
                .as("this machine's own name resolves to one of its private addresses")
                .isTrue();
        try (Receiver receiver = new Receiver()) {
            Api shop = api.as(openTenant("Almacén Seguro", "PE"));
            String url = receiver.url().replace("http://127.0.0.1", "https://" + host);
            var saved = shop.post("/api/v1/webhook-endpoints", "{\"url\": \"" + url + "\", \"events\": [\"*\"]}");
            assertThat(saved.status()).as(saved.text()).isEqualTo(201);
            shop.post("/api/v1/clients", "{\"name\": \"Ana\"}");

            dispatcher.deliverDue();

            JsonNode attempt = shop.get("/api/v1/webhook-endpoints/"
                            + saved.body().get("id").stringValue() + "/deliveries")
                    .body()
                    .at("/data/0");
            assertThat(attempt.get("error").stringValue()).isEqualTo("private_target");
            assertThat(receiver.received()).isEmpty();
        }
    }
}
