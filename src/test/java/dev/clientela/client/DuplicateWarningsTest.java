package dev.clientela.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import dev.clientela.support.Seed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DuplicateWarningsTest extends ApiTest {

    @Test
    void aNameWithItsWordsReorderedAndItsAccentsDroppedIsAPossibleDuplicate() {
        Api shop = api.as(openTenant("Bodega Lima", "PE"));
        String jose = id(shop.post("/api/v1/clients", "{\"name\": \"Núñez Pérez, José\"}"));

        JsonNode warning = duplicates(shop.post("/api/v1/clients", "{\"name\": \"Jose Nunez Perez\"}"))
                .getFirst();

        assertThat(warning.get("client_id").stringValue()).isEqualTo(jose);
        assertThat(warning.get("name").stringValue()).isEqualTo("Núñez Pérez, José");
        assertThat(warning.get("number").longValue()).isEqualTo(1);
        assertThat(reasons(warning)).containsExactly("same_name");
        assertThat(warning.get("score").decimalValue())
                .isBetween(new java.math.BigDecimal("0.5"), java.math.BigDecimal.ONE);
    }

    @Test
    void particlesOfANameAreIgnored() {
        Api shop = api.as(openTenant("Ferretería", "PE"));
        shop.post("/api/v1/clients", "{\"name\": \"María de la Cruz y Soto\"}");

        List<JsonNode> found = duplicates(shop.post("/api/v1/clients", "{\"name\": \"Maria Cruz Soto\"}"));

        assertThat(found).singleElement().satisfies(w -> assertThat(reasons(w)).contains("same_name"));
    }

    @Test
    void aDocumentOneDigitOrOneSwapAwayIsAPossibleDuplicate() {
        Api shop = api.as(openTenant("Farmacia", "PE"));
        String first = id(shop.post("/api/v1/clients", """
                {"name": "Rosa Huamán", "document": {"type": "DNI", "number": "46779354"}}"""));

        JsonNode swapped = duplicates(shop.post("/api/v1/clients", """
                {"name": "Rosa Huaman", "document": {"type": "DNI", "number": "46779345"}}""")).getFirst();
        JsonNode oneDigit = duplicates(shop.post("/api/v1/clients", """
                {"name": "R. Quispe", "document": {"type": "DNI", "number": "46779384"}}""")).getFirst();

        assertThat(swapped.get("client_id").stringValue()).isEqualTo(first);
        assertThat(reasons(swapped)).contains("document_typo", "same_name");
        assertThat(reasons(oneDigit)).containsExactly("document_typo");
        assertThat(swapped.get("score").decimalValue())
                .isGreaterThan(oneDigit.get("score").decimalValue());
    }

    @Test
    void theSamePhoneOrEmailUnderAnotherNameIsAPossibleDuplicate() {
        Api shop = api.as(openTenant("Librería", "PE"));
        shop.post("/api/v1/clients", """
                {"name": "Carlos Mendoza", "phone": "987 654 321", "email": "cmendoza@correo.pe"}""");

        List<JsonNode> byPhone = duplicates(shop.post("/api/v1/clients", """
                {"name": "Inversiones Mendoza", "phone": "+51987654321"}"""));
        List<JsonNode> byEmail = duplicates(shop.post("/api/v1/clients", """
                {"name": "C. M.", "email": "CMendoza@correo.pe"}"""));

        assertThat(byPhone)
                .singleElement()
                .satisfies(w -> assertThat(reasons(w)).contains("same_phone"));
        assertThat(byEmail)
                .singleElement()
                .satisfies(w -> assertThat(reasons(w)).contains("same_email"));
    }

    @Test
    void aPhoneMoreThanFiftyClientsShareTellsNothing() {
        // the shop's own number, typed on every walk-in sale
        Api shop = api.as(openTenant("Minimarket", "PE"));
        String[] names = {"Ana", "Luis", "Rosa", "Jorge", "Elena", "Pablo", "Sonia", "Raúl", "Nora", "Iván"};
        String[] surnames = {"Quispe", "Mamani", "Flores", "Rojas", "Vargas"};
        for (int n = 0; n < DuplicatePairs.LARGEST_BLOCK - 1; n++) {
            String name =
                    names[n % names.length] + " " + surnames[n / names.length] + " " + (char) ('A' + n % 26) + ".";
            assertThat(shop.post("/api/v1/clients", "{\"name\": \"" + name + "\", \"phone\": \"01 444 5555\"}")
                            .status())
                    .isEqualTo(201);
        }

        // the fiftieth to share it is still told of the others; past fifty, the phone says nothing
        List<JsonNode> fiftieth = duplicates(shop.post("/api/v1/clients", """
                {"name": "Teodoro Chávez", "phone": "+51 1 4445555"}"""));
        List<JsonNode> fiftyFirst = duplicates(shop.post("/api/v1/clients", """
                {"name": "Wilfredo Zapata", "phone": "014445555"}"""));

        assertThat(fiftieth).isNotEmpty().allSatisfy(w -> assertThat(reasons(w)).contains("same_phone"));
        assertThat(fiftyFirst).isEmpty();
    }

    @Test
    void aNameThatSoundsTheSameCountsOnlyWithASharedCity() {
        Api shop = api.as(openTenant("Panadería", "PE"));
        String victor = id(shop.post("/api/v1/clients", """
                {"name": "Víctor Hugo González", "address": {"city": "Arequipa"}}"""));

        List<JsonNode> elsewhere = duplicates(shop.post("/api/v1/clients", """
                {"name": "Bictor Ugo Gonsales", "address": {"city": "Cusco"}}"""));
        List<JsonNode> sameCity = duplicates(shop.post("/api/v1/clients", """
                {"name": "Bictor Ugo Gonsales", "address": {"city": "AREQUIPA"}}"""));

        assertThat(elsewhere).extracting(w -> w.get("client_id").stringValue()).doesNotContain(victor);
        assertThat(sameCity).extracting(w -> w.get("client_id").stringValue()).contains(victor);
        assertThat(reasons(sameCity.stream()
                        .filter(w -> w.get("client_id").stringValue().equals(victor))
                        .findFirst()
                        .orElseThrow()))
                .contains("similar_name", "same_city");
    }

    @Test
    void clearlyDifferentPeopleSharingACommonFirstNameAreNoCandidates() {
        Api shop = api.as(openTenant("Mercado", "PE"));
        shop.post("/api/v1/clients", "{\"name\": \"José Pérez Quispe\", \"address\": {\"city\": \"Lima\"}}");
        shop.post("/api/v1/clients", "{\"name\": \"José Luis Ramírez\", \"address\": {\"city\": \"Lima\"}}");

        Response created =
                shop.post("/api/v1/clients", "{\"name\": \"José García Torres\", \"address\": {\"city\": \"Lima\"}}");

        assertThat(duplicates(created)).isEmpty();
    }

    @Test
    void strongerEvidenceRanksFirst() {
        Api shop = api.as(openTenant("Óptica", "PE"));
        String nameOnly = id(shop.post("/api/v1/clients", "{\"name\": \"Ana Torres\"}"));
        String nameAndEmail =
                id(shop.post("/api/v1/clients", "{\"name\": \"Torres, Ana\", \"email\": \"ana@torres.pe\"}"));
        String emailOnly =
                id(shop.post("/api/v1/clients", "{\"name\": \"Servicios AT\", \"email\": \"ana@torres.pe\"}"));

        List<JsonNode> found =
                duplicates(shop.post("/api/v1/clients", "{\"name\": \"ANA TORRES\", \"email\": \"ana@torres.pe\"}"));

        assertThat(found)
                .extracting(w -> w.get("client_id").stringValue())
                .containsExactly(nameAndEmail, emailOnly, nameOnly);
    }

    @Test
    void anUpdateThatMakesAClientLookLikeAnotherWarnsToo() {
        Api shop = api.as(openTenant("Taller", "PE"));
        String first = id(shop.post("/api/v1/clients", "{\"name\": \"Pedro Castillo\", \"phone\": \"987111222\"}"));
        String second = id(shop.post("/api/v1/clients", "{\"name\": \"Otro Cliente\"}"));

        Response unrelated = shop.patch("/api/v1/clients/" + second, "{\"notes\": \"nada\"}");
        Response phone = shop.patch("/api/v1/clients/" + second, "{\"phone\": \"987 111 222\"}");

        assertThat(duplicates(unrelated)).isEmpty();
        assertThat(duplicates(phone))
                .extracting(w -> w.get("client_id").stringValue())
                .containsExactly(first);
    }

    @Test
    void aTenantThatTurnsTheCheckOffGetsNoCandidates() {
        String admin = openTenant("Sin chequeo", "PE");
        Api shop = api.as(admin);
        assertThat(shop.patch("/api/v1/tenant", "{\"settings\": {\"duplicate_check\": \"OFF\"}}")
                        .status())
                .isEqualTo(200);
        assertThat(shop.get("/api/v1/tenant")
                        .body()
                        .at("/settings/duplicate_check")
                        .stringValue())
                .isEqualTo("OFF");
        shop.post("/api/v1/clients", "{\"name\": \"Lucía Vargas\"}");

        Response created = shop.post("/api/v1/clients", "{\"name\": \"Lucia Vargas\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(duplicates(created)).isEmpty();
        assertThat(shop.patch("/api/v1/tenant", "{\"settings\": {\"duplicate_check\": \"SOMETIMES\"}}")
                        .status())
                .isEqualTo(422);
    }

    /**
     * A create looks for its duplicates from the values it writes, before the row exists; the client's
     * own duplicates, read from its stored row right after, are the same clients with the same reasons
     * and scores, however the generated clients share names, documents, phones, emails and cities.
     */
    @Test
    void theWarningsOfACreateAreTheCandidatesOfTheStoredClient() {
        Seed seed = Seed.forRun(DuplicateWarningsTest.class);
        java.util.Random random = seed.random();
        Api shop = api.as(openTenant("Bodega Generada", "PE"));
        String[] names = {
            "José Núñez Pérez",
            "Jose Nunez Perez",
            "Pérez Núñez, José",
            "María de la Cruz Soto",
            "Maria Cruz Soto",
            "Víctor Hugo González",
            "Bictor Ugo Gonsales",
            "Rosa Huamán Quispe",
            "Rosa Huaman"
        };
        String[] cities = {"Arequipa", "AREQUIPA", "Cusco", "Trujillo"};
        String[] documents = {"46779354", "46779345", "46779384", "10467793549", "20100070970"};
        int warned = 0;
        for (int i = 0; i < 30; i++) {
            StringBuilder body = new StringBuilder("{\"name\": \"" + names[random.nextInt(names.length)] + "\"");
            if (random.nextInt(3) == 0) {
                String number = documents[random.nextInt(documents.length)];
                String type = number.length() == 11 ? "RUC" : "DNI";
                body.append(", \"document\": {\"type\": \"" + type + "\", \"number\": \"" + number + "\"}");
            }
            if (random.nextBoolean()) {
                body.append(", \"mobile\": \"+51 987 654 3" + random.nextInt(3) + "0\"");
            }
            if (random.nextInt(3) == 0) {
                body.append(", \"email\": \"caja" + random.nextInt(3) + "@example.pe\"");
            }
            if (random.nextBoolean()) {
                body.append(", \"address\": {\"city\": \"" + cities[random.nextInt(cities.length)] + "\"}");
            }
            Response created = shop.post("/api/v1/clients", body.append("}").toString());
            if (created.status() == 409) {
                continue; // the document is another live client's
            }
            List<JsonNode> warnings = duplicates(created);
            List<JsonNode> stored = new ArrayList<>();
            shop.get("/api/v1/clients/" + id(created) + "/duplicates")
                    .body()
                    .path("data")
                    .forEach(stored::add);

            assertThat(warnings.stream().map(DuplicateWarningsTest::candidate))
                    .as("%s, case %d: %s", seed, i, body)
                    .containsExactlyElementsOf(stored.stream()
                            .limit(5)
                            .map(DuplicateWarningsTest::candidate)
                            .toList());
            warned += warnings.isEmpty() ? 0 : 1;
        }
        assertThat(warned).as("creates that had candidates (%s)", seed).isPositive();
    }

    private static String candidate(JsonNode warning) {
        return warning.get("client_id").stringValue() + " "
                + warning.get("score").decimalValue().stripTrailingZeros().toPlainString() + " "
                + reasons(warning);
    }

    static String id(Response response) {
        assertThat(response.status()).as(response.text()).isIn(200, 201);
        return response.body().get("id").stringValue();
    }

    static List<JsonNode> duplicates(Response response) {
        assertThat(response.status()).as(response.text()).isIn(200, 201);
        List<JsonNode> found = new ArrayList<>();
        response.body().path("warnings").forEach(w -> {
            if (w.get("code").stringValue().equals("possible_duplicate")) {
                found.add(w);
            }
        });
        return found;
    }

    static List<String> reasons(JsonNode warning) {
        List<String> reasons = new ArrayList<>();
        warning.get("reasons").forEach(r -> reasons.add(r.stringValue()));
        return reasons;
    }
}
