package dev.clientela.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The event feed: newest first, a page at a time, filtered; each event by its id; kept for its retention. */
class EventFeedTest extends ApiTest {

    @Autowired
    EventRetention retention;

    private Api shop;

    @BeforeEach
    void openShop() {
        shop = api.as(openTenant("Ferretería Andina", "PE"));
    }

    @Test
    void theFeedIsNewestFirstAndPagesWithACursorThroughEveryEventOnce() {
        for (int i = 0; i < 7; i++) {
            shop.post("/api/v1/clients", "{\"name\": \"Cliente " + i + "\"}");
        }

        List<Long> sequences = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Response page = shop.get("/api/v1/events?limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).as(page.text()).isEqualTo(200);
            page.body().get("data").forEach(e -> sequences.add(e.get("sequence").longValue()));
            cursor = page.body().get("next_cursor").asString(null);
            assertThat(page.body().get("has_more").booleanValue()).isEqualTo(cursor != null);
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(sequences).containsExactly(7L, 6L, 5L, 4L, 3L, 2L, 1L);
    }

    @Test
    void filtersByTypeOrPrefixByCreationTimeAndByObject() {
        String clientId = shop.post("/api/v1/clients", "{\"name\": \"Ana\"}")
                .body()
                .get("id")
                .stringValue();
        shop.patch("/api/v1/clients/" + clientId, "{\"name\": \"Ana María\"}");
        Instant later = clock.freeze().plusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        clock.set(later);
        String saleId = shop.post("/api/v1/sales", """
                        {"client_id": "%s", "lines": [{"description": "Clavos", "quantity": 1, "unit_price": 3}]}""".formatted(clientId))
                .body()
                .get("id")
                .stringValue();

        assertThat(types("?type=client.*")).containsExactly("client.updated", "client.created");
        assertThat(types("?type=client.created,sale.created")).containsExactly("sale.created", "client.created");
        assertThat(types("?created_since=" + later)).containsExactly("sale.created");
        assertThat(types("?object_id=" + saleId)).containsExactly("sale.created");
        assertThat(types("?object_id=" + clientId)).containsExactly("client.updated", "client.created");
        assertThat(shop.get("/api/v1/events?type=client.nothing").status()).isEqualTo(422);
        assertThat(shop.get("/api/v1/events?created_since=yesterday").status()).isEqualTo(422);
        assertThat(shop.get("/api/v1/events?cursor=not-a-cursor").status()).isEqualTo(422);
    }

    @Test
    void anEventIsFoundByItsIdOnlyByItsOwnTenant() {
        shop.post("/api/v1/clients", "{\"name\": \"Ana\"}");
        JsonNode event = Feed.all(shop).getFirst();
        Api other = api.as(openTenant("Otra Ferretería", "PE"));

        Response found = shop.get("/api/v1/events/" + event.get("id").stringValue());

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).isEqualTo(event);
        assertThat(other.get("/api/v1/events/" + event.get("id").stringValue()).status())
                .isEqualTo(404);
        assertThat(Feed.all(other)).isEmpty();
        assertThat(shop.get("/api/v1/events/evt_nonsense").status()).isEqualTo(404);
    }

    @Test
    void eachTenantHasItsOwnSequence() {
        Api other = api.as(openTenant("Otra Ferretería", "PE"));
        shop.post("/api/v1/clients", "{\"name\": \"Ana\"}");
        other.post("/api/v1/clients", "{\"name\": \"Beto\"}");
        shop.post("/api/v1/clients", "{\"name\": \"Carla\"}");

        assertThat(Feed.all(shop).stream().map(e -> e.get("sequence").longValue()))
                .containsExactly(2L, 1L);
        assertThat(Feed.all(other).stream().map(e -> e.get("sequence").longValue()))
                .containsExactly(1L);
    }

    @Test
    void eventsAreForgottenAfterThirtyDaysByTheServicesClock() {
        String id = shop.post("/api/v1/clients", "{\"name\": \"Ana\"}")
                .body()
                .get("id")
                .stringValue();
        String eventId = Feed.all(shop).getFirst().get("id").stringValue();
        Instant raised = clock.freeze();

        clock.set(raised.plus(Duration.ofDays(29)));
        retention.purge();
        assertThat(shop.get("/api/v1/events/" + eventId).status()).isEqualTo(200);

        clock.set(raised.plus(Duration.ofDays(30)).plusSeconds(1));
        retention.purge();
        assertThat(shop.get("/api/v1/events/" + eventId).status()).isEqualTo(404);
        assertThat(Feed.about(shop, id)).isEmpty();
    }

    @Test
    void aViewerReadsTheFeed() {
        String admin = openTenant("Ferretería del Sur", "PE");
        api.as(admin).post("/api/v1/clients", "{\"name\": \"Ana\"}");

        assertThat(Feed.all(api.as(keyWithRole(admin, "VIEWER")))).hasSize(1);
        assertThat(api.get("/api/v1/events").status()).isEqualTo(401);
    }

    private List<String> types(String query) {
        Response page = shop.get("/api/v1/events" + query);
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        return page.body()
                .get("data")
                .valueStream()
                .map(e -> e.get("type").stringValue())
                .toList();
    }
}
