package dev.clientela.client;

import static dev.clientela.client.ClientData.COMPANY_RUC;
import static dev.clientela.client.ClientData.HONDURAN_DNI;
import static dev.clientela.client.ClientData.HONDURAN_DNI_WITH_DASHES;
import static dev.clientela.client.ClientData.PERSON_DNI;
import static dev.clientela.client.ClientData.json;
import static dev.clientela.client.ClientData.named;
import static dev.clientela.client.ClientData.withDocument;
import static dev.clientela.client.ClientRequests.CLIENTS;
import static dev.clientela.client.ClientRequests.fieldErrors;
import static dev.clientela.client.ClientRequests.idOf;
import static dev.clientela.client.ClientRequests.list;
import static dev.clientela.client.ClientRequests.names;
import static dev.clientela.client.ClientRequests.namesOnEveryPage;
import static dev.clientela.client.ClientRequests.pathOf;
import static dev.clientela.client.ClientRequests.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.clientela.support.Api;
import dev.clientela.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

class ClientListingTest extends ApiTest {

    private String adminKey;
    private Api shop;

    @BeforeEach
    void openShop() {
        adminKey = openTenant("Minimarket El Sol", "PE");
        shop = api.as(adminKey);
    }

    /** Registers the clients in this order, which is not their alphabetical order. */
    private List<JsonNode> registerInOrder(String... names) {
        List<JsonNode> clients = new ArrayList<>();
        for (String name : names) {
            clients.add(register(shop, named(name)));
        }
        return clients;
    }

    @Test
    void listsByNameByDefaultIgnoringAccentsAndCase() {
        registerInOrder("carla", "Beto", "Álvaro", "Ángel", "alberto", "Zoe", "Ñusta");

        assertThat(names(list(shop))).containsExactly("alberto", "Álvaro", "Ángel", "Beto", "carla", "Ñusta", "Zoe");
    }

    @Test
    void listsByNameDescending() {
        registerInOrder("carla", "Beto", "Álvaro", "Zoe");

        assertThat(names(list(shop, "sort", "-name"))).containsExactly("Zoe", "carla", "Beto", "Álvaro");
    }

    @Test
    void listsInCreationOrderEitherWay() {
        registerInOrder("Carla", "Álvaro", "Zoe", "Beto");

        assertThat(names(list(shop, "sort", "created_at"))).containsExactly("Carla", "Álvaro", "Zoe", "Beto");
        assertThat(names(list(shop, "sort", "-created_at"))).containsExactly("Beto", "Zoe", "Álvaro", "Carla");
    }

    @Test
    void listsByLastUpdateEitherWay() {
        List<JsonNode> clients = registerInOrder("Carla", "Álvaro", "Zoe");
        assertThat(shop.patch(pathOf(clients.getFirst()), "{\"notes\": \"llamar\"}")
                        .status())
                .isEqualTo(200);

        assertThat(names(list(shop, "sort", "updated_at"))).containsExactly("Álvaro", "Zoe", "Carla");
        assertThat(names(list(shop, "sort", "-updated_at"))).containsExactly("Carla", "Zoe", "Álvaro");
    }

    @Test
    void pagesWithLimitAndOffset() {
        registerInOrder("Ana", "Beto", "Carla", "Dora", "Elsa");

        JsonNode first = list(shop, "limit", "2");
        JsonNode middle = list(shop, "limit", "2", "offset", "2");
        JsonNode last = list(shop, "limit", "2", "offset", "4");
        JsonNode beyond = list(shop, "limit", "2", "offset", "9");

        assertThat(names(first)).containsExactly("Ana", "Beto");
        assertThat(first.get("has_more").booleanValue()).isTrue();
        assertThat(names(middle)).containsExactly("Carla", "Dora");
        assertThat(names(last)).containsExactly("Elsa");
        assertThat(last.get("has_more").booleanValue()).isFalse();
        assertThat(last.get("next_cursor").isNull()).isTrue();
        assertThat(names(beyond)).isEmpty();
    }

    @Test
    void defaultsToFiftyPerPage() {
        for (int i = 0; i < 51; i++) {
            register(shop, named("Cliente %02d".formatted(i)));
        }

        JsonNode page = list(shop);

        assertThat(page.get("data").size()).isEqualTo(50);
        assertThat(page.get("has_more").booleanValue()).isTrue();
        assertThat(list(shop, "limit", "500").get("data").size()).isEqualTo(51);
    }

    static Stream<Arguments> sortOrders() {
        return Stream.of(
                Arguments.of("name"),
                Arguments.of("-name"),
                Arguments.of("created_at"),
                Arguments.of("-created_at"),
                Arguments.of("updated_at"),
                Arguments.of("-updated_at"));
    }

    @ParameterizedTest(name = "sort={0}")
    @MethodSource("sortOrders")
    void pagingWithTheCursorVisitsEveryClientExactlyOnce(String sort) {
        // same names twice, so pages split between rows with equal sort keys
        registerInOrder("Carla", "Ana", "Beto", "Ana", "Álvaro", "Dora", "Carla", "Elsa");
        List<String> inOneGo = names(list(shop, "sort", sort, "limit", "500"));

        List<String> paged = namesOnEveryPage(shop, "sort", sort, "limit", "3");

        assertThat(inOneGo).hasSize(8);
        assertThat(paged).isEqualTo(inOneGo);
    }

    @Test
    void pagingWithTheCursorSkipsClientsDeletedMeanwhileAndNeverRepeatsOne() {
        List<JsonNode> clients = registerInOrder("Ana", "Beto", "Carla", "Dora");
        JsonNode first = list(shop, "limit", "2");
        assertThat(shop.delete(pathOf(clients.get(2))).status()).isEqualTo(204);

        JsonNode second =
                list(shop, "limit", "2", "cursor", first.get("next_cursor").stringValue());

        assertThat(names(second)).containsExactly("Dora");
        assertThat(second.get("has_more").booleanValue()).isFalse();
    }

    @Test
    void filtersByStatusAndKind() {
        register(shop, json("name", "Activa SAC", "document", Map.of("type", "RUC", "number", COMPANY_RUC)));
        register(shop, json("name", "Inactivo", "status", "INACTIVE"));
        register(shop, json("name", "Persona Activa", "document", Map.of("type", "DNI", "number", PERSON_DNI)));

        assertThat(names(list(shop, "status", "INACTIVE"))).containsExactly("Inactivo");
        assertThat(names(list(shop, "status", "active"))).containsExactly("Activa SAC", "Persona Activa");
        assertThat(names(list(shop, "kind", "COMPANY"))).containsExactly("Activa SAC");
        assertThat(names(list(shop, "kind", "PERSON", "status", "ACTIVE"))).containsExactly("Persona Activa");
    }

    @Test
    void filtersByDocumentTypeCountryAndNumberIgnoringSeparators() {
        register(shop, withDocument("Empresa Peruana", "RUC", COMPANY_RUC));
        register(shop, withDocument("Persona Peruana", "DNI", PERSON_DNI));
        register(shop, withDocument("Persona Hondureña", "HN", "DNI", HONDURAN_DNI));
        register(shop, named("Sin Documento"));

        assertThat(names(list(shop, "document_type", "DNI"))).containsExactly("Persona Hondureña", "Persona Peruana");
        assertThat(names(list(shop, "document_type", "dni", "document_country", "pe")))
                .containsExactly("Persona Peruana");
        assertThat(names(list(shop, "document_country", "HN"))).containsExactly("Persona Hondureña");
        assertThat(names(list(shop, "document_number", HONDURAN_DNI_WITH_DASHES)))
                .containsExactly("Persona Hondureña");
        assertThat(names(list(shop, "document_number", "0801 1990 12345"))).containsExactly("Persona Hondureña");
        assertThat(names(list(shop, "document_number", "20.512.333.797"))).containsExactly("Empresa Peruana");
        assertThat(names(list(shop, "document_number", "0801199012346"))).isEmpty();
    }

    @Test
    void filtersByExternalCode() {
        register(shop, json("name", "Cliente ERP 1", "external_code", "ERP-0001"));
        register(shop, json("name", "Cliente ERP 2", "external_code", "ERP-0002"));

        assertThat(names(list(shop, "external_code", "ERP-0002"))).containsExactly("Cliente ERP 2");
        assertThat(names(list(shop, "external_code", "ERP-000"))).isEmpty();
    }

    @Test
    void findsAClientByItsNumber() {
        registerInOrder("Primero", "Segundo", "Tercero");

        assertThat(names(list(shop, "number", "2"))).containsExactly("Segundo");
        assertThat(names(list(shop, "number", "4"))).isEmpty();
    }

    @Test
    void filtersByLastUpdate() {
        List<JsonNode> clients = registerInOrder("Antiguo", "Reciente");
        String sinceReciente = clients.get(1).get("updated_at").stringValue();

        assertThat(names(list(shop, "updated_since", sinceReciente))).containsExactly("Reciente");

        assertThat(shop.patch(pathOf(clients.get(0)), "{\"notes\": \"volvió\"}").status())
                .isEqualTo(200);

        assertThat(names(list(shop, "updated_since", sinceReciente))).containsExactly("Antiguo", "Reciente");
        assertThat(names(list(shop, "updated_since", "2100-01-01T00:00:00-05:00")))
                .isEmpty();
    }

    @Test
    void countsEveryMatchingClientWhenAskedForTheTotal() {
        registerInOrder("Ana", "Beto", "Carla");
        register(shop, json("name", "Dora", "status", "INACTIVE"));

        JsonNode page = list(shop, "status", "ACTIVE", "limit", "1", "include", "total");

        assertThat(page.get("total").longValue()).isEqualTo(3);
        assertThat(names(page)).containsExactly("Ana");
        assertThat(list(shop).has("total")).isFalse();
    }

    static Stream<Arguments> badParameters() {
        return Stream.of(
                Arguments.of("limit=0", "limit"),
                Arguments.of("limit=501", "limit"),
                Arguments.of("limit=abc", "limit"),
                Arguments.of("limit=", "limit"),
                Arguments.of("offset=-1", "offset"),
                Arguments.of("offset=ten", "offset"),
                Arguments.of("sort=age", "sort"),
                Arguments.of("sort=relevance", "sort"),
                Arguments.of("status=x", "status"),
                Arguments.of("kind=ALIEN", "kind"),
                Arguments.of("updated_since=yesterday", "updated_since"),
                Arguments.of("updated_since=2026-01-31", "updated_since"),
                Arguments.of("number=0", "number"),
                Arguments.of("number=two", "number"),
                Arguments.of("cursor=garbage", "cursor"),
                Arguments.of("include=everything", "include"),
                Arguments.of("deleted=yes", "deleted"),
                Arguments.of("colour=red", "colour"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badParameters")
    void refusesABadParameterValueNamingTheParameter(String parameter, String field) {
        var response = shop.get(CLIENTS + "?" + parameter);

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.code()).isEqualTo("VALIDATION_ERROR");
        assertThat(fieldErrors(response)).extracting(t -> t.toList().getFirst()).containsExactly(field);
    }

    @Test
    void reportsEveryBadParameterAtOnce() {
        var response = shop.get(CLIENTS + "?limit=0&sort=age&status=x&colour=red");

        assertThat(response.status()).isEqualTo(422);
        assertThat(fieldErrors(response))
                .extracting(t -> t.toList().getFirst())
                .containsExactlyInAnyOrder("limit", "sort", "status", "colour");
    }

    @Test
    void refusesACursorMadeForAnotherSortOrder() {
        registerInOrder("Ana", "Beto", "Carla");
        String byName = list(shop, "limit", "1").get("next_cursor").stringValue();

        var response = shop.get(CLIENTS + "?sort=-created_at&cursor=" + byName);

        assertThat(response.status()).isEqualTo(422);
        assertThat(fieldErrors(response)).containsExactly(tuple("cursor", "invalid_value"));
    }

    @Test
    void refusesACursorTogetherWithAnOffset() {
        registerInOrder("Ana", "Beto", "Carla");
        String cursor = list(shop, "limit", "1").get("next_cursor").stringValue();

        var response = shop.get(CLIENTS + "?offset=1&cursor=" + cursor);

        assertThat(response.status()).isEqualTo(422);
        assertThat(fieldErrors(response)).extracting(t -> t.toList().getFirst()).containsExactly("cursor");
    }

    @Test
    void anAdminListsOnlyTheDeletedClients() {
        List<JsonNode> clients = registerInOrder("Ana", "Beto", "Carla");
        assertThat(shop.delete(pathOf(clients.get(1))).status()).isEqualTo(204);

        JsonNode deleted = list(shop, "deleted", "only");

        assertThat(names(deleted)).containsExactly("Beto");
        assertThat(deleted.get("data").get(0).get("deleted_at").isString()).isTrue();
        assertThat(names(list(shop))).containsExactly("Ana", "Carla");
        assertThat(list(shop).get("data").get(0).has("deleted_at")).isFalse();
    }

    @Test
    void anOperatorMayNotListDeletedClients() {
        Api operator = api.as(keyWithRole(adminKey, "OPERATOR"));
        JsonNode client = register(operator, named("Ana"));
        assertThat(shop.delete(pathOf(client)).status()).isEqualTo(204);

        var response = operator.get(CLIENTS + "?deleted=only");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.code()).isEqualTo("FORBIDDEN");
    }

    @Test
    void aViewerListsButMayNotRegister() {
        register(shop, named("Ana"));
        Api viewer = api.as(keyWithRole(adminKey, "VIEWER"));

        assertThat(names(list(viewer))).containsExactly("Ana");
        assertThat(viewer.post(CLIENTS, named("Beto")).status()).isEqualTo(403);
        assertThat(idOf(list(viewer).get("data").get(0))).isNotBlank();
    }
}
