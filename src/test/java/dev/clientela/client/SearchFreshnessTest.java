package dev.clientela.client;

import static dev.clientela.client.ClientData.json;
import static dev.clientela.client.ClientData.named;
import static dev.clientela.client.ClientRequests.list;
import static dev.clientela.client.ClientRequests.names;
import static dev.clientela.client.ClientRequests.pathOf;
import static dev.clientela.client.ClientRequests.register;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A search answers from the rows as they are now: every write is seen by the very next request. */
class SearchFreshnessTest extends ApiTest {

    @Test
    void findsAClientFromTheRequestAfterEachWrite() {
        Api shop = api.as(openTenant("Ferretería El Clavo", "PE"));
        register(shop, named("Otro Cliente"));

        JsonNode client = register(shop, json("name", "Teodora Quillca", "email", "teo@clavo.pe"));
        assertThat(names(list(shop, "q", "quill"))).containsExactly("Teodora Quillca");
        assertThat(names(list(shop, "q", "teo@clavo"))).containsExactly("Teodora Quillca");

        assertThat(shop.patch(pathOf(client), "{\"name\": \"Teodora Huamán\", \"email\": \"th@clavo.pe\"}")
                        .status())
                .isEqualTo(200);
        assertThat(names(list(shop, "q", "quill"))).isEmpty();
        assertThat(names(list(shop, "q", "teo@clavo"))).isEmpty();
        assertThat(names(list(shop, "q", "huam teo"))).containsExactly("Teodora Huamán");
        assertThat(names(list(shop, "q", "teo huam", "sort", "name"))).containsExactly("Teodora Huamán");

        assertThat(shop.patch(pathOf(client), "{\"status\": \"INACTIVE\"}").status())
                .isEqualTo(200);
        assertThat(names(list(shop, "q", "huaman", "status", "ACTIVE"))).isEmpty();
        assertThat(names(list(shop, "q", "huaman", "status", "INACTIVE"))).containsExactly("Teodora Huamán");

        assertThat(shop.delete(pathOf(client)).status()).isEqualTo(204);
        assertThat(names(list(shop, "q", "huaman"))).isEmpty();
        assertThat(names(list(shop, "q", "huaman", "deleted", "only"))).containsExactly("Teodora Huamán");

        assertThat(shop.post(pathOf(client) + "/restore", null).status()).isEqualTo(200);
        assertThat(names(list(shop, "q", "huaman"))).containsExactly("Teodora Huamán");

        assertThat(shop.delete(pathOf(client) + "?permanent=true").status()).isEqualTo(204);
        assertThat(names(list(shop, "q", "huaman"))).isEmpty();
        assertThat(names(list(shop, "q", "huaman", "deleted", "only"))).isEmpty();
    }

    /**
     * A change of nothing a client is found by (notes, address, status) writes no search words, and
     * the client is found as before; a change of its phone writes them, and the very next search finds
     * the new phone only.
     */
    @Test
    void aChangeOfNothingSearchedKeepsTheClientFoundAndANewPhoneIsFoundAtOnce() {
        Api shop = api.as(openTenant("Ferretería La Tuerca", "PE"));
        JsonNode client = register(shop, json("name", "Eusebio Ccori", "phone", "984 555 121"));

        assertThat(shop.patch(pathOf(client), "{\"notes\": \"Paga al contado\", \"address\": {\"city\": \"Cusco\"}}")
                        .status())
                .isEqualTo(200);
        assertThat(shop.patch(pathOf(client), "{\"status\": \"INACTIVE\"}").status())
                .isEqualTo(200);

        assertThat(names(list(shop, "q", "ccori eus"))).containsExactly("Eusebio Ccori");
        assertThat(names(list(shop, "q", "984555"))).containsExactly("Eusebio Ccori");

        assertThat(shop.patch(pathOf(client), "{\"phone\": \"951 777 303\", \"name\": \"EUSEBIO CCORI\"}")
                        .status())
                .isEqualTo(200);

        assertThat(names(list(shop, "q", "984555"))).isEmpty();
        assertThat(names(list(shop, "q", "951777"))).containsExactly("EUSEBIO CCORI");
        assertThat(names(list(shop, "q", "eusebio"))).containsExactly("EUSEBIO CCORI");
    }

    /**
     * The same words in another order are another place among equals, from the very next search, on
     * every page: the words' stored copy of the name (which orders a page) follows the rename.
     */
    @Test
    void aNameOfTheSameWordsInAnotherOrderTakesItsNewPlaceAtOnce() {
        Api shop = api.as(openTenant("Ferretería El Perno", "PE"));
        JsonNode ana = register(shop, named("Ana Rosa Vega"));
        register(shop, named("Beto Vega"));
        assertThat(onePerPage(shop, "vega")).containsExactly("Ana Rosa Vega", "Beto Vega");

        assertThat(shop.patch(pathOf(ana), "{\"name\": \"Rosa Ana Vega\"}").status())
                .isEqualTo(200);

        assertThat(onePerPage(shop, "vega")).containsExactly("Beto Vega", "Rosa Ana Vega");
    }

    private static List<String> onePerPage(Api shop, String q) {
        List<String> seen = new ArrayList<>();
        JsonNode page = list(shop, "q", q, "limit", "1");
        seen.addAll(names(page));
        while (page.get("next_cursor") != null && !page.get("next_cursor").isNull()) {
            page = list(
                    shop,
                    "q",
                    q,
                    "limit",
                    "1",
                    "cursor",
                    page.get("next_cursor").stringValue());
            seen.addAll(names(page));
        }
        return seen;
    }

    @Test
    void neverFindsAnotherTenantsClients() {
        Api lima = api.as(openTenant("Bodega Lima", "PE"));
        Api cusco = api.as(openTenant("Bodega Cusco", "PE"));
        register(lima, json("name", "Rosa Mamani", "phone", "987 111 222", "email", "rosa@lima.pe"));
        register(cusco, json("name", "Rosa Mamani Cusqueña", "phone", "987 111 333"));

        assertThat(names(list(lima, "q", "rosa mam"))).containsExactly("Rosa Mamani");
        assertThat(names(list(cusco, "q", "rosa mam"))).containsExactly("Rosa Mamani Cusqueña");
        assertThat(names(list(cusco, "q", "987111"))).containsExactly("Rosa Mamani Cusqueña");
        assertThat(names(list(cusco, "q", "rosa@lima"))).isEmpty();
        assertThat(names(list(cusco, "q", "mamanni")))
                .as("typo neighbours of this tenant only")
                .containsExactly("Rosa Mamani Cusqueña");
        assertThat(names(list(lima, "q", "cusquena"))).isEmpty();
        assertThat(names(list(lima, "q", "cusqueno"))).isEmpty();
    }
}
