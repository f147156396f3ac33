package dev.clientela.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every change to a client raises its event, carrying the client as the API answers it. */
class ClientEventsTest extends ApiTest {

    private Api shop;

    @BeforeEach
    void openShop() {
        shop = api.as(openTenant("Bodega San Martín", "PE"));
    }

    @Test
    void registeringRaisesClientCreatedWithTheClientAsAnswered() {
        Response created = shop.with("X-Request-Id", "req-created-1").post("/api/v1/clients", """
                        {"name": "María López", "email": "maria@example.pe",
                         "document": {"type": "DNI", "number": "46779354"}}""");
        String id = created.body().get("id").stringValue();

        JsonNode event = Feed.last(shop, id, "client.created");

        assertThat(event.get("id").stringValue()).startsWith("evt_");
        assertThat(event.get("tenant_id").stringValue())
                .isEqualTo(shop.tenantId().toString());
        assertThat(event.get("request_id").stringValue()).isEqualTo("req-created-1");
        assertThat(event.get("sequence").longValue()).isPositive();
        assertThat(event.get("created_at").stringValue()).endsWith("Z");
        assertThat(event.at("/data/object")).isEqualTo(created.body());
        assertThat(event.get("data").has("previous_attributes")).isFalse();
    }

    @Test
    void anUpdateRaisesClientUpdatedWithTheOldValuesOfExactlyTheFieldsThatChanged() {
        String id = shop.post("/api/v1/clients", """
                        {"name": "María López", "email": "maria@example.pe", "phone": "987654321"}""").body().get("id").stringValue();

        Response patched = shop.patch("/api/v1/clients/" + id, """
                {"name": "María López Quispe", "email": null, "notes": "cliente frecuente", "phone": "987654321"}""");

        JsonNode event = Feed.last(shop, id, "client.updated");
        assertThat(event.at("/data/object")).isEqualTo(patched.body());
        assertThat(event.at("/data/previous_attributes")).isEqualTo(Api.parse("""
                        {"name": "María López", "email": "maria@example.pe", "notes": null}"""));
        assertThat(Feed.typesAbout(shop, id)).containsExactly("client.created", "client.updated");
    }

    @Test
    void aPatchThatChangesNothingRaisesNoEvent() {
        String id = shop.post("/api/v1/clients", "{\"name\": \"Ana\"}")
                .body()
                .get("id")
                .stringValue();

        assertThat(shop.patch("/api/v1/clients/" + id, "{\"name\": \"Ana\"}").status())
                .isEqualTo(200);

        assertThat(Feed.typesAbout(shop, id)).containsExactly("client.created");
    }

    @Test
    void archivingAndActivatingRaiseTheirOwnEventsBesideTheOtherChanges() {
        String id = shop.post("/api/v1/clients", "{\"name\": \"Ana\"}")
                .body()
                .get("id")
                .stringValue();

        shop.patch("/api/v1/clients/" + id, "{\"status\": \"INACTIVE\"}");
        shop.patch("/api/v1/clients/" + id, "{\"status\": \"ACTIVE\", \"name\": \"Ana María\"}");

        assertThat(Feed.typesAbout(shop, id))
                .containsExactly("client.created", "client.archived", "client.activated", "client.updated");
        assertThat(Feed.last(shop, id, "client.archived")
                        .at("/data/object/status")
                        .stringValue())
                .isEqualTo("INACTIVE");
        assertThat(Feed.last(shop, id, "client.updated").at("/data/previous_attributes"))
                .isEqualTo(Api.parse("{\"name\": \"Ana\"}"));
    }

    @Test
    void deletingRestoringAndPurgingRaiseTheirEvents() {
        String id = shop.post("/api/v1/clients", "{\"name\": \"Ana\"}")
                .body()
                .get("id")
                .stringValue();

        assertThat(shop.delete("/api/v1/clients/" + id).status()).isEqualTo(204);
        Response restored = shop.post("/api/v1/clients/" + id + "/restore", null);
        assertThat(shop.delete("/api/v1/clients/" + id + "?permanent=true").status())
                .isEqualTo(204);

        assertThat(Feed.typesAbout(shop, id))
                .containsExactly("client.created", "client.deleted", "client.restored", "client.purged");
        assertThat(Feed.last(shop, id, "client.deleted")
                        .at("/data/object/deleted_at")
                        .isString())
                .isTrue();
        assertThat(Feed.last(shop, id, "client.restored").at("/data/object")).isEqualTo(restored.body());
        assertThat(Feed.last(shop, id, "client.purged").at("/data/object/id").stringValue())
                .isEqualTo(id);
    }

    @Test
    void aRefusedChangeRaisesNoEvent() {
        shop.post(
                "/api/v1/clients", "{\"name\": \"Ana\", \"document\": {\"type\": \"DNI\", \"number\": \"46779354\"}}");
        int before = Feed.all(shop).size();

        Response duplicate = shop.post(
                "/api/v1/clients", "{\"name\": \"Otra\", \"document\": {\"type\": \"DNI\", \"number\": \"46779354\"}}");
        Response invalid = shop.post("/api/v1/clients", "{\"name\": \"\"}");

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(Feed.all(shop)).hasSize(before);
    }

    @Test
    void changesThroughAProfileRaiseTheSameEvents() {
        Api credith = api.as(openTenant("Créditos Tegucigalpa", "HN"));
        Response created = credith.post("/compat/credith/api/clients", """
                {"name": "María López", "dni": "0801-1990-12345", "phone": "9999-9999"}""");
        String id = created.body().at("/client/clientId").stringValue();

        credith.put("/compat/credith/api/clients/" + id, "{\"phone\": \"8888-8888\"}");
        credith.delete("/compat/credith/api/clients/" + id);

        assertThat(Feed.typesAbout(credith, id)).containsExactly("client.created", "client.updated", "client.deleted");
        JsonNode updated = Feed.last(credith, id, "client.updated");
        assertThat(updated.at("/data/previous_attributes"))
                .isEqualTo(Api.parse("{\"phone\": \"9999-9999\", \"phone_e164\": \"+50499999999\"}"));
        assertThat(updated.at("/data/object/phone").stringValue()).isEqualTo("8888-8888");
        assertThat(updated.at("/data/object/document/typed").stringValue()).isEqualTo("0801-1990-12345");
    }
}
