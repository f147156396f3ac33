package dev.clientela.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Webhook endpoints are an ADMIN's to save; their secret is shown once and never listed. */
class WebhookEndpointsTest extends WebhookTest {

    @Test
    void creatingShowsTheSecretOnceAndNeverAgain() {
        Response created = shop.post("/api/v1/webhook-endpoints", """
                {"url": "%s", "events": ["client.*", "sale.created"], "description": "CRM"}""".formatted(receiver.url()));

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode endpoint = created.body();
        String id = endpoint.get("id").stringValue();
        assertThat(created.header("Location")).isEqualTo("/api/v1/webhook-endpoints/" + id);
        assertThat(endpoint.get("secret").stringValue()).matches("whsec_[A-Za-z0-9+/]{43}=");
        assertThat(java.util.Base64.getDecoder()
                        .decode(endpoint.get("secret").stringValue().substring(6)))
                .hasSize(32);
        assertThat(endpoint.get("url").stringValue()).isEqualTo(receiver.url());
        assertThat(endpoint.get("events").valueStream().map(JsonNode::stringValue))
                .containsExactly("client.*", "sale.created");
        assertThat(endpoint.get("enabled").booleanValue()).isTrue();

        Response read = shop.get("/api/v1/webhook-endpoints/" + id);
        Response list = shop.get("/api/v1/webhook-endpoints");
        assertThat(read.body().has("secret")).isFalse();
        assertThat(list.body().get("data")).hasSize(1);
        assertThat(list.text()).doesNotContain("whsec_").doesNotContain("secret");
        assertThat(read.text()).doesNotContain(endpoint.get("secret").stringValue());
    }

    @Test
    void anUpdateChangesOnlyWhatItSends() {
        Endpoint endpoint = endpoint("*");

        Response patched = shop.patch(
                "/api/v1/webhook-endpoints/" + endpoint.id(),
                "{\"events\": [\"invoice.issued\"], \"description\": \"Facturación\", \"enabled\": false}");
        Response cleared = shop.patch("/api/v1/webhook-endpoints/" + endpoint.id(), "{\"description\": null}");

        assertThat(patched.status()).as(patched.text()).isEqualTo(200);
        assertThat(patched.body().get("events").get(0).stringValue()).isEqualTo("invoice.issued");
        assertThat(patched.body().get("description").stringValue()).isEqualTo("Facturación");
        assertThat(patched.body().get("enabled").booleanValue()).isFalse();
        assertThat(cleared.body().get("description").isNull()).isTrue();
        assertThat(cleared.body().get("url").stringValue()).isEqualTo(receiver.url());
        assertThat(cleared.body().get("enabled").booleanValue()).isFalse();
    }

    @Test
    void refusesEveryInvalidFieldAtOnce() {
        Response refused = shop.post("/api/v1/webhook-endpoints", """
                {"url": "ftp://example.com/hooks", "events": ["client.*", "client.nothing", "*"],
                 "enabled": "yes", "secret": "whsec_mine"}""");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").stringValue()))
                .containsExactlyInAnyOrder("url", "events[1]", "enabled", "secret");
        assertThat(shop.post("/api/v1/webhook-endpoints", "{\"url\": \"" + receiver.url() + "\"}")
                        .body()
                        .at("/errors/0/field")
                        .stringValue())
                .isEqualTo("events");
    }

    @Test
    void onlyAnAdminManagesEndpoints() {
        String admin = openTenant("Distribuidora Sur", "PE");
        Api operator = api.as(keyWithRole(admin, "OPERATOR"));

        assertThat(operator.get("/api/v1/webhook-endpoints").status()).isEqualTo(403);
        assertThat(operator.post(
                                "/api/v1/webhook-endpoints",
                                "{\"url\": \"" + receiver.url() + "\", \"events\": [\"*\"]}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anotherTenantNeitherSeesNorChangesAnEndpoint() {
        Endpoint endpoint = endpoint("*");
        Api other = api.as(openTenant("Distribuidora Sur", "PE"));

        assertThat(other.get("/api/v1/webhook-endpoints/" + endpoint.id()).status())
                .isEqualTo(404);
        assertThat(other.patch("/api/v1/webhook-endpoints/" + endpoint.id(), "{\"enabled\": false}")
                        .status())
                .isEqualTo(404);
        assertThat(other.delete("/api/v1/webhook-endpoints/" + endpoint.id()).status())
                .isEqualTo(404);
        assertThat(other.post("/api/v1/webhook-endpoints/" + endpoint.id() + "/rotate-secret", null)
                        .status())
                .isEqualTo(404);
        assertThat(other.get("/api/v1/webhook-endpoints").body().get("data")).isEmpty();
        assertThat(shop.get("/api/v1/webhook-endpoints/" + endpoint.id())
                        .body()
                        .get("enabled")
                        .booleanValue())
                .isTrue();
    }

    @Test
    void aDeletedEndpointIsGoneWithItsPendingDeliveries() {
        Endpoint endpoint = endpoint("*");
        newClient("Ana");

        assertThat(shop.delete("/api/v1/webhook-endpoints/" + endpoint.id()).status())
                .isEqualTo(204);
        deliverDue();

        assertThat(shop.get("/api/v1/webhook-endpoints/" + endpoint.id()).status())
                .isEqualTo(404);
        assertThat(receiver.received()).isEmpty();
    }
}
