package dev.clientela.client;

import static dev.clientela.client.ClientData.PERSON_DNI;
import static dev.clientela.client.ClientData.json;
import static dev.clientela.client.ClientData.named;
import static dev.clientela.client.ClientRequests.list;
import static dev.clientela.client.ClientRequests.names;
import static dev.clientela.client.ClientRequests.register;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.ApiTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Which clients a search finds and in what order: word prefixes in any order, five tiers, typos. */
class SearchRankingTest extends ApiTest {

    private Api shop;

    @BeforeEach
    void openShop() {
        shop = api.as(openTenant("Minimarket El Sol", "PE"));
    }

    @Test
    void everyQueryWordMustStartSomeWordOfTheNameInAnyOrder() {
        register(shop, named("María López"));
        register(shop, named("López Marín, Ana"));
        register(shop, named("José Núñez"));
        register(shop, named("Marco Pérez"));
        register(shop, json("name", "Don Lucho", "legal_name", "Inversiones Marlo SAC", "trade_name", "Lopecito"));

        assertThat(names(list(shop, "q", "mar lop"))).containsExactly("López Marín, Ana", "María López", "Don Lucho");
        assertThat(names(list(shop, "q", "jose"))).containsExactly("José Núñez");
        assertThat(names(list(shop, "q", "nu"))).containsExactly("José Núñez");
        assertThat(names(list(shop, "q", "NÚÑ jo"))).containsExactly("José Núñez");
        assertThat(names(list(shop, "q", "mar lop xyz"))).isEmpty();
    }

    @Test
    void ranksInFiveTiersEachInItsOwnOrder() {
        register(shop, named("Mario López"));
        register(shop, named("Marian Lorca"));
        register(shop, named("Lola Mariana"));
        register(shop, named("López María"));
        register(shop, named("Ana María Lo"));
        register(shop, named("María Lozano Ruiz"));
        register(shop, named("María López"));
        register(shop, named("Mirta Lopera"));

        // 2: the name starts with the query; 3: whole words; 4: by prefix, fewest letters left over
        // first (López María 3, then Lola Mariana and Marian Lorca 4 each, by name); 5: "maria" one
        // edit from "mario". "mirta" is two edits away, too many for five letters.
        assertThat(names(list(shop, "q", "maria lo")))
                .containsExactly(
                        "María López",
                        "María Lozano Ruiz",
                        "Ana María Lo",
                        "López María",
                        "Lola Mariana",
                        "Marian Lorca",
                        "Mario López");
    }

    @Test
    void ranksCloserCompletionsOfAWordFirst() {
        register(shop, named("Bea Mariana"));
        register(shop, named("Zoe Mar"));
        register(shop, named("Carla Marco"));
        register(shop, named("Ana Mar"));

        assertThat(names(list(shop, "q", "mar"))).containsExactly("Ana Mar", "Zoe Mar", "Carla Marco", "Bea Mariana");
    }

    @Test
    void ranksAnEqualIdentifierOrClientNumberFirst() {
        JsonNode first = register(shop, named("Zenobia Primera"));
        register(shop, json("name", "Abel Segundo", "phone", "+51 987 654 321"));
        register(shop, json("name", "Zoila Titular", "document", Map.of("type", "DNI", "number", PERSON_DNI)));
        register(shop, json("name", "Abigail Empieza", "mobile", PERSON_DNI + "1"));
        String number = String.valueOf(first.get("number").longValue());

        assertThat(names(list(shop, "q", number))).containsExactly("Zenobia Primera");
        assertThat(names(list(shop, "q", PERSON_DNI))).containsExactly("Zoila Titular", "Abigail Empieza");
        assertThat(names(list(shop, "q", "987654321"))).containsExactly("Abel Segundo");
        assertThat(names(list(shop, "q", "+51 987 654 321"))).containsExactly("Abel Segundo");
    }

    @Test
    void toleratesOneTypoFromFiveLettersAndTwoFromNine() {
        register(shop, named("Lucía González"));
        register(shop, named("Pedro Rodríguez"));
        register(shop, named("Rosa Fernández"));
        register(shop, named("Juan Ruiz"));

        assertThat(names(list(shop, "q", "gonzales"))).containsExactly("Lucía González");
        assertThat(names(list(shop, "q", "gonzlaez")))
                .as("two neighbours swapped")
                .containsExactly("Lucía González");
        assertThat(names(list(shop, "q", "gonzalas")))
                .as("two edits in eight letters")
                .isEmpty();
        assertThat(names(list(shop, "q", "rodriguex"))).containsExactly("Pedro Rodríguez");
        assertThat(names(list(shop, "q", "hernandes")))
                .as("two edits in nine letters")
                .containsExactly("Rosa Fernández");
        assertThat(names(list(shop, "q", "hernendas"))).as("three edits").isEmpty();
        assertThat(names(list(shop, "q", "ruis"))).as("four letters").isEmpty();
        assertThat(names(list(shop, "q", "pedro gonzales"))).isEmpty();
        assertThat(names(list(shop, "q", "lucia gonzales"))).containsExactly("Lucía González");
    }

    @Test
    void neverToleratesTyposInDigitsOrEmails() {
        register(shop, json("name", "Rosa Quispe", "document", Map.of("type", "DNI", "number", PERSON_DNI)));
        register(shop, json("name", "Luis Mamani", "email", "luis.mamani@bodega.pe"));

        assertThat(names(list(shop, "q", PERSON_DNI))).containsExactly("Rosa Quispe");
        assertThat(names(list(shop, "q", PERSON_DNI.substring(0, 7) + "0"))).isEmpty();
        assertThat(names(list(shop, "q", "luis.mamani@bodega"))).containsExactly("Luis Mamani");
        assertThat(names(list(shop, "q", "luis.mamany@bodega"))).isEmpty();
    }

    @Test
    void toleratesTyposOnlyWhenTheWordsFindFewerClientsThanAPage() {
        register(shop, named("Gonzales Pérez"));
        register(shop, named("González Ruiz"));

        JsonNode one = list(shop, "q", "gonzales", "limit", "1", "include", "total");
        assertThat(names(one)).containsExactly("Gonzales Pérez");
        assertThat(one.get("has_more").booleanValue()).isFalse();
        assertThat(one.get("total").longValue()).isEqualTo(1);

        assertThat(names(list(shop, "q", "gonzales", "limit", "2"))).containsExactly("Gonzales Pérez", "González Ruiz");
    }

    @Test
    void combinesWordsWithFiltersAndDeletedListings() {
        register(shop, json("name", "Lima Centro", "status", "INACTIVE"));
        register(shop, json("name", "Bodega Lima", "kind", "COMPANY"));
        register(shop, json("name", "Lima Sur", "kind", "COMPANY", "status", "INACTIVE"));

        assertThat(names(list(shop, "q", "lima", "kind", "COMPANY"))).containsExactly("Lima Sur", "Bodega Lima");
        assertThat(names(list(shop, "q", "lim", "status", "INACTIVE", "kind", "COMPANY")))
                .containsExactly("Lima Sur");
        assertThat(names(list(shop, "q", "lima", "sort", "name")))
                .containsExactly("Bodega Lima", "Lima Centro", "Lima Sur");
        assertThat(names(list(shop, "q", "sur lim", "sort", "-name"))).containsExactly("Lima Sur");
    }
}
