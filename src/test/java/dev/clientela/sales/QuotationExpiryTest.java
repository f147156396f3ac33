package dev.clientela.sales;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.ApiTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A pending quotation past its date raises quotation.expired once, when the clock passes it. */
class QuotationExpiryTest extends ApiTest {

    @Autowired
    QuotationExpiry expiry;

    @Test
    void aPendingQuotationPastItsDateRaisesQuotationExpiredOnce() {
        Api shop = api.as(openTenant("Imprenta Lima", "PE"));
        String clientId = shop.post("/api/v1/clients", "{\"name\": \"Colegio\"}")
                .body()
                .get("id")
                .stringValue();
        var today = clock.freeze().atZone(ZoneOffset.UTC).toLocalDate();
        String expiring = quote(shop, clientId, today);
        String accepted = quote(shop, clientId, today);
        shop.post("/api/v1/quotations/" + accepted + "/accept", null);

        expiry.announce();
        assertThat(types(shop, expiring)).as("still valid today").containsExactly("quotation.created");

        clock.advance(Duration.ofDays(1));
        expiry.announce();
        expiry.announce();

        assertThat(types(shop, expiring)).containsExactly("quotation.expired", "quotation.created");
        assertThat(types(shop, accepted)).containsExactly("quotation.accepted", "quotation.created");
        var event = shop.get("/api/v1/events?type=quotation.expired&object_id=" + expiring)
                .body()
                .at("/data/0");
        assertThat(event.at("/data/object/status").stringValue()).isEqualTo("EXPIRED");
        assertThat(event.at("/data/object"))
                .isEqualTo(shop.get("/api/v1/quotations/" + expiring).body());
    }

    private static String quote(Api shop, String clientId, LocalDate validUntil) {
        return shop.post("/api/v1/quotations", """
                        {"client_id": "%s", "valid_until": "%s",
                         "lines": [{"description": "Afiches", "quantity": 100, "unit_price": 2}]}""".formatted(clientId, validUntil))
                .body()
                .get("id")
                .stringValue();
    }

    private static List<String> types(Api shop, String objectId) {
        return shop.get("/api/v1/events?object_id=" + objectId)
                .body()
                .get("data")
                .valueStream()
                .map(e -> e.get("type").stringValue())
                .toList();
    }
}
