package dev.clientela.client;

import static dev.clientela.client.ClientData.HONDURAN_DNI;
import static dev.clientela.client.ClientData.HONDURAN_DNI_WITH_DASHES;
import static dev.clientela.client.ClientData.PERSON_DNI;
import static dev.clientela.client.ClientData.json;
import static dev.clientela.client.ClientData.named;
import static dev.clientela.client.ClientData.withDocument;
import static dev.clientela.client.ClientRequests.CLIENTS;
import static dev.clientela.client.ClientRequests.fieldErrors;
import static dev.clientela.client.ClientRequests.list;
import static dev.clientela.client.ClientRequests.names;
import static dev.clientela.client.ClientRequests.namesOnEveryPage;
import static dev.clientela.client.ClientRequests.pathOf;
import static dev.clientela.client.ClientRequests.query;
import static dev.clientela.client.ClientRequests.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.clientela.support.Api;
import dev.clientela.support.ApiTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Finding clients the way staff type at a till: accents, case and punctuation do not matter. */
class ClientSearchTest extends ApiTest {

    private Api shop;

    @BeforeEach
    void openShop() {
        shop = api.as(openTenant("Bodega La Esquina", "PE"));
    }

    @Test
    void findsANameTypedWithoutAccentsOrCapitals() {
        register(shop, named("María López"));
        register(shop, named("Mario Lopera"));

        assertThat(names(list(shop, "q", "maria lopez"))).containsExactly("María López");
        assertThat(names(list(shop, "q", "LÓPEZ"))).containsExactly("María López");
        assertThat(names(list(shop, "q", "Lopez"))).containsExactly("María López");
    }

    @Test
    void findsANameTypedWithPunctuation() {
        register(shop, named("José-Luis O'Higgins"));

        assertThat(names(list(shop, "q", "jose luis o higgins"))).containsExactly("José-Luis O'Higgins");
        assertThat(names(list(shop, "q", "o'higgins"))).containsExactly("José-Luis O'Higgins");
    }

    @Test
    void findsLegalAndTradeNames() {
        register(
                shop,
                json(
                        "name", "Don Pepe",
                        "legal_name", "Inversiones Ñandú S.A.C.",
                        "trade_name", "Pollería El Rancho"));
        register(shop, named("Otro Cliente"));

        assertThat(names(list(shop, "q", "inversiones nandu"))).containsExactly("Don Pepe");
        assertThat(names(list(shop, "q", "polleria"))).containsExactly("Don Pepe");
    }

    @Test
    void findsADocumentNumberTypedWithOrWithoutSeparators() {
        Api honduranShop = api.as(openTenant("Pulpería Choluteca", "HN"));
        register(honduranShop, withDocument("Juana Pérez", "DNI", HONDURAN_DNI_WITH_DASHES));
        register(honduranShop, named("Pedro Ramos"));

        assertThat(names(list(honduranShop, "q", HONDURAN_DNI))).containsExactly("Juana Pérez");
        assertThat(names(list(honduranShop, "q", HONDURAN_DNI_WITH_DASHES))).containsExactly("Juana Pérez");
        assertThat(names(list(honduranShop, "q", "0801-1990"))).containsExactly("Juana Pérez");
        assertThat(names(list(honduranShop, "q", "080119"))).containsExactly("Juana Pérez");
        assertThat(names(list(honduranShop, "q", "199012")))
                .as("inside the number")
                .isEmpty();
        assertThat(names(list(honduranShop, "q", "08")))
                .as("fewer than three digits")
                .isEmpty();
    }

    @Test
    void findsAPhoneOrMobileByThePrefixOfItsDigitsAsWrittenNationalOrInternational() {
        register(shop, json("name", "Rosa Quispe", "phone", "+51 987-654-321"));
        register(shop, json("name", "Luis Mamani", "mobile", "(01) 444-5566"));
        register(shop, json("name", "Sin Teléfono"));

        assertThat(names(list(shop, "q", "987 654"))).containsExactly("Rosa Quispe");
        assertThat(names(list(shop, "q", "987654321"))).containsExactly("Rosa Quispe");
        assertThat(names(list(shop, "q", "+51987654321"))).containsExactly("Rosa Quispe");
        assertThat(names(list(shop, "q", "98765"))).containsExactly("Rosa Quispe");
        assertThat(names(list(shop, "q", "51 98765"))).containsExactly("Rosa Quispe");
        assertThat(names(list(shop, "q", "01 444"))).containsExactly("Luis Mamani");
        assertThat(names(list(shop, "q", "14445566"))).containsExactly("Luis Mamani");
        assertThat(names(list(shop, "q", "4445566"))).as("inside the number").isEmpty();
    }

    @Test
    void findsAnEmailByAPrefixTypedWithItsAt() {
        register(shop, json("name", "Carlos Díaz", "email", "Carlos.Diaz@Ferreteria-Andina.pe"));
        register(shop, json("name", "Ana Díaz", "email", "ana@bodega.pe"));

        assertThat(names(list(shop, "q", "ferreteria-andina")))
                .as("not a word of a name")
                .isEmpty();
        assertThat(names(list(shop, "q", "ana@"))).containsExactly("Ana Díaz");
        assertThat(names(list(shop, "q", "carlos.diaz@ferreteria"))).containsExactly("Carlos Díaz");
        assertThat(names(list(shop, "q", "carlos.diaz@ferreteria-andina.pe"))).containsExactly("Carlos Díaz");
    }

    @Test
    void ranksAnEqualEmailFirstThenEmailsStartingWithIt() {
        register(shop, json("name", "Ana Rosa", "email", "rosa@andes.pe.com"));
        register(shop, named("Rosa Andes Pérez"));
        register(shop, json("name", "Zacarías Quispe", "email", "rosa@andes.pe"));

        assertThat(names(list(shop, "q", "rosa@andes.pe"))).containsExactly("Zacarías Quispe", "Ana Rosa");
    }

    @Test
    void ranksAnEqualDocumentOrPhoneAboveOneThatStartsWithItAndNeverFindsOneThatMerelyContainsIt() {
        register(shop, json("name", "Abel Contiene", "phone", "01 " + PERSON_DNI + " 2"));
        register(shop, json("name", "Zoila Titular", "document", Map.of("type", "DNI", "number", PERSON_DNI)));
        register(shop, json("name", "Abigail Empieza", "mobile", PERSON_DNI + "9"));
        register(shop, json("name", "Zenón Teléfono", "mobile", PERSON_DNI));

        assertThat(names(list(shop, "q", PERSON_DNI)))
                .containsExactly("Zenón Teléfono", "Zoila Titular", "Abigail Empieza");
    }

    @Test
    void ranksNamesStartingWithTheQueryThenWholeWordsThenLongerWords() {
        register(shop, named("Ana Torres"));
        register(shop, named("Bodega Torre Azul"));
        register(shop, named("Torres Hermanos"));
        register(shop, named("Torrejón Eventos"));

        assertThat(names(list(shop, "q", "torre")))
                .containsExactly("Torrejón Eventos", "Torres Hermanos", "Bodega Torre Azul", "Ana Torres");
    }

    @Test
    void neverFindsADeletedClient() {
        String admin = openTenant("Bodega Borrados", "PE");
        Api shop = api.as(admin);
        JsonNode deleted = register(
                shop,
                json(
                        "name", "María López",
                        "email", "maria@lopez.pe",
                        "phone", "987 654 321",
                        "document", Map.of("type", "DNI", "number", PERSON_DNI)));
        register(shop, named("María Lozano"));
        assertThat(shop.delete(pathOf(deleted)).status()).isEqualTo(204);

        assertThat(names(list(shop, "q", "maria lo"))).containsExactly("María Lozano");
        assertThat(names(list(shop, "q", "lopez"))).isEmpty();
        assertThat(names(list(shop, "q", PERSON_DNI))).isEmpty();
        assertThat(names(list(shop, "q", "987654321"))).isEmpty();
        assertThat(names(list(shop, "q", "maria@lopez.pe"))).isEmpty();
        assertThat(list(shop, "q", "maria", "include", "total").get("total").longValue())
                .isEqualTo(1);
    }

    @Test
    void aQueryShorterThanThreeCharactersStillFindsNamesStartingWithIt() {
        register(shop, named("Álvaro Ñique"));
        register(shop, named("Alberto Ruiz"));
        register(shop, named("Beatriz Salas"));

        assertThat(names(list(shop, "q", "al"))).containsExactly("Alberto Ruiz", "Álvaro Ñique");
        assertThat(names(list(shop, "q", "b"))).containsExactly("Beatriz Salas");
    }

    @Test
    void countsEveryMatchWhenAskedForTheTotal() {
        for (int i = 1; i <= 7; i++) {
            register(shop, named("Cliente Frecuente " + i));
        }
        register(shop, named("Proveedor Ocasional"));

        JsonNode page = list(shop, "q", "frecuente", "limit", "3", "include", "total");

        assertThat(page.get("total").longValue()).isEqualTo(7);
        assertThat(page.get("data").size()).isEqualTo(3);
        assertThat(page.get("has_more").booleanValue()).isTrue();
        assertThat(list(shop, "q", "frecuente").has("total")).isFalse();
    }

    @Test
    void pagingThroughSearchResultsVisitsEveryMatchOnce() {
        register(shop, json("name", "Zona Norte", "email", "lima@zona.pe"));
        register(shop, named("Limache Norte"));
        for (String name : new String[] {"Lima Centro", "Lima Sur", "Lima Este", "Bodega de Lima", "Villa Lima"}) {
            register(shop, named(name));
        }
        register(shop, named("Arequipa"));

        var everyPage = namesOnEveryPage(shop, "q", "lima", "limit", "2");

        assertThat(everyPage)
                .containsExactly(
                        "Lima Centro", "Lima Este", "Lima Sur", "Limache Norte", "Bodega de Lima", "Villa Lima");
    }

    @Test
    void combinesTheQueryWithTheListingFilters() {
        register(shop, json("name", "Lima Centro", "status", "INACTIVE"));
        register(shop, json("name", "Lima Sur"));
        register(shop, json("name", "Lima Norte SAC", "kind", "COMPANY", "status", "INACTIVE"));

        assertThat(names(list(shop, "q", "lima", "status", "INACTIVE")))
                .containsExactly("Lima Centro", "Lima Norte SAC");
        assertThat(names(list(shop, "q", "lima", "status", "INACTIVE", "kind", "COMPANY")))
                .containsExactly("Lima Norte SAC");
        assertThat(list(shop, "q", "lima", "status", "ACTIVE", "include", "total")
                        .get("total")
                        .longValue())
                .isEqualTo(1);
    }

    @Test
    void refusesAnOverlongOrControlCharacterQuery() {
        var overlong = shop.get(CLIENTS + query("q", "x".repeat(201)));
        var control = shop.get(CLIENTS + query("q", "ana\u0000"));

        assertThat(overlong.status()).isEqualTo(422);
        assertThat(fieldErrors(overlong)).containsExactly(tuple("q", "invalid_value"));
        assertThat(control.status()).isEqualTo(422);
        assertThat(fieldErrors(control)).containsExactly(tuple("q", "invalid_value"));
    }

    @Test
    void treatsLikeWildcardsInTheQueryAsPunctuation() {
        register(shop, named("Ana Torres"));
        register(shop, json("name", "Ventas", "email", "ventas_100%@andes.pe"));

        assertThat(names(list(shop, "q", "%"))).hasSize(2);
        assertThat(names(list(shop, "q", "a_a"))).containsExactly("Ana Torres");
        assertThat(names(list(shop, "q", "ven%as"))).isEmpty();
    }
}
