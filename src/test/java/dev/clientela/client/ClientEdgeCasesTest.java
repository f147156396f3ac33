package dev.clientela.client;

import static dev.clientela.client.ClientData.COMPANY_RUC;
import static dev.clientela.client.ClientData.PERSON_DNI;
import static dev.clientela.client.ClientData.named;
import static dev.clientela.client.ClientData.withDocument;
import static dev.clientela.client.ClientRequests.CLIENTS;
import static dev.clientela.client.ClientRequests.fieldErrors;
import static dev.clientela.client.ClientRequests.list;
import static dev.clientela.client.ClientRequests.names;
import static dev.clientela.client.ClientRequests.namesOnEveryPage;
import static dev.clientela.client.ClientRequests.pathOf;
import static dev.clientela.client.ClientRequests.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.clientela.support.Api;
import dev.clientela.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Edge cases that once slipped through: null unknown members, search with an explicit order, words joined by apostrophes, kinds following documents, and racing updates. */
class ClientEdgeCasesTest extends ApiTest {

    private Api operator;
    private Api shop;

    @BeforeEach
    void openShop() {
        String admin = openTenant("Bodega Defectos", "PE");
        shop = api.as(admin);
        operator = api.as(keyWithRole(admin, "OPERATOR"));
    }

    @Test
    void refusesUnknownAndReadOnlyFieldsEvenWhenTheirValueIsNull() {
        JsonNode client = register(operator, named("Bodega Central"));

        var created = operator.post(CLIENTS, "{\"name\": \"Bodega Norte\", \"nickname\": null, \"id\": null}");
        var patched = operator.patch(pathOf(client), "{\"nickname\": null, \"version\": null}");

        assertThat(created.status()).as(created.toString()).isEqualTo(422);
        assertThat(fieldErrors(created))
                .containsExactlyInAnyOrder(tuple("nickname", "unknown_field"), tuple("id", "read_only_field"));
        assertThat(patched.status()).as(patched.toString()).isEqualTo(422);
        assertThat(fieldErrors(patched))
                .containsExactlyInAnyOrder(tuple("nickname", "unknown_field"), tuple("version", "read_only_field"));
    }

    @Test
    void searchHonoursAnExplicitSortOrder() {
        register(shop, named("Ana Lima"));
        register(shop, named("Lima Bodega"));
        register(shop, named("Carlos Lima"));

        assertThat(names(list(shop, "q", "lima", "sort", "-name")))
                .containsExactly("Lima Bodega", "Carlos Lima", "Ana Lima");
    }

    @Test
    void searchPagesThroughAnExplicitSortOrderWithTheCursor() {
        register(shop, named("Ana Lima"));
        register(shop, named("Lima Bodega"));
        register(shop, named("Carlos Lima"));

        assertThat(namesOnEveryPage(shop, "q", "lima", "sort", "name", "limit", "1"))
                .containsExactly("Ana Lima", "Carlos Lima", "Lima Bodega");
    }

    @Test
    void searchIgnoresPunctuationInsideAWord() {
        register(shop, named("José-Luis O'Higgins"));

        assertThat(names(list(shop, "q", "ohiggins"))).containsExactly("José-Luis O'Higgins");
    }

    @Test
    void changingTheDocumentDerivesTheKindAgainUnlessKindIsGiven() {
        JsonNode client = register(shop, withDocument("Juan Pérez", "DNI", PERSON_DNI));
        assertThat(client.get("kind").stringValue()).isEqualTo("PERSON");

        var response =
                shop.patch(pathOf(client), "{\"document\": {\"type\": \"RUC\", \"number\": \"" + COMPANY_RUC + "\"}}");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body().get("kind").stringValue()).isEqualTo("COMPANY");
    }

    @Test
    void parallelUpdatesToTheSameDocumentLetOneWinAndNameItToTheRest() throws Exception {
        java.util.List<JsonNode> clients = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            clients.add(register(shop, named("Sucursal " + i)));
        }
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<Api.Response>> futures = new java.util.ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            for (JsonNode client : clients) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return shop.patch(
                            pathOf(client), "{\"document\": {\"type\": \"RUC\", \"number\": \"" + COMPANY_RUC + "\"}}");
                }));
            }
            start.countDown();
            java.util.List<Api.Response> responses = new java.util.ArrayList<>();
            for (var f : futures) {
                responses.add(f.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            var winners = responses.stream().filter(r -> r.status() == 200).toList();
            assertThat(winners).as(responses.toString()).hasSize(1);
            String winner = winners.getFirst().body().get("id").stringValue();
            assertThat(responses.stream().filter(r -> r.status() != 200)).allSatisfy(r -> {
                assertThat(r.status()).isEqualTo(409);
                assertThat(r.code()).isEqualTo("DUPLICATE_DOCUMENT");
                assertThat(r.body().path("existing_client_id").asString(null))
                        .as(r.toString())
                        .isEqualTo(winner);
            });
        }
    }
}
