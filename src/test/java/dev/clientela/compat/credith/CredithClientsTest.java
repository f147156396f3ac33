package dev.clientela.compat.credith;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Credith's {@code /api/clients}, as its document and its users describe it. */
class CredithClientsTest extends ApiTest {

    private static final String CLIENTS = "/compat/credith/api/clients";

    private String admin;
    private Api credith;

    @BeforeEach
    void openHonduranShop() {
        admin = openTenant("Créditos Tegucigalpa", "HN");
        credith = api.as(admin);
    }

    @Test
    void listDefaultsToTenClientsOrderedByNameWithTotal() {
        for (String name : List.of(
                "Luis", "Ana", "Karla", "Bruno", "Jorge", "Carla", "Hugo", "Diana", "Irma", "Elena", "Fabio",
                "Gloria")) {
            register(name);
        }

        Response list = credith.get(CLIENTS);

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().get("total").intValue()).isEqualTo(12);
        assertThat(names(list))
                .containsExactly("Ana", "Bruno", "Carla", "Diana", "Elena", "Fabio", "Gloria", "Hugo", "Irma", "Jorge");
    }

    @Test
    void listTreatsALimitOfZeroOrNotANumberAsTen() {
        for (int i = 0; i < 11; i++) {
            register("Cliente " + (char) ('A' + i));
        }

        assertThat(names(credith.get(CLIENTS + "?limit=0"))).hasSize(10);
        assertThat(names(credith.get(CLIENTS + "?limit=muchos"))).hasSize(10);
        assertThat(names(credith.get(CLIENTS + "?limit=3"))).hasSize(3);
    }

    @Test
    void listSkipsOffsetClients() {
        register("Ana");
        register("Bruno");
        register("Carla");

        assertThat(names(credith.get(CLIENTS + "?offset=1&limit=1"))).containsExactly("Bruno");
        assertThat(names(credith.get(CLIENTS + "?offset=nada"))).containsExactly("Ana", "Bruno", "Carla");
    }

    @Test
    void listFiltersByExactDni() {
        registerWithDni("Ana", "0801-1990-12345");
        registerWithDni("Bruno", "0801-1990-12346");

        Response list = credith.get(CLIENTS + "?dni=0801-1990-12345");

        assertThat(names(list)).containsExactly("Ana");
        assertThat(list.body().get("total").intValue()).isEqualTo(1);
        assertThat(names(credith.get(CLIENTS + "?dni=0801-1990"))).isEmpty();
    }

    @Test
    void createAnswers201WithMessageAndTheClient() {
        Response created = credith.post(CLIENTS, """
                {"name": "María López", "dni": "0801-1990-12345", "phone": "9999-9999",
                 "address": "Tegucigalpa, Honduras"}""");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("message").stringValue()).isEqualTo("Cliente creado correctamente");
        JsonNode client = created.body().get("client");
        assertThat(client.get("clientId").stringValue()).hasSize(36);
        assertThat(client.get("name").stringValue()).isEqualTo("María López");
        assertThat(client.get("dni").stringValue()).isEqualTo("0801-1990-12345");
        assertThat(client.get("phone").stringValue()).isEqualTo("9999-9999");
        assertThat(client.get("address").stringValue()).isEqualTo("Tegucigalpa, Honduras");
        assertThat(client.get("isActive").booleanValue()).isTrue();
        assertThat(client.get("createdAt").isString()).isTrue();
        assertThat(client.get("updatedAt").isString()).isTrue();
    }

    @Test
    void getReturnsTheClientByItsUuid() {
        String id = registerWithDni("María López", "0801-1990-12345");

        Response found = credith.get(CLIENTS + "/" + id);

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().get("clientId").stringValue()).isEqualTo(id);
        assertThat(found.body().get("dni").stringValue()).isEqualTo("0801-1990-12345");
    }

    @Test
    void getOfAnUnknownClientIs404ClienteNoEncontrado() {
        Response missing = credith.get(CLIENTS + "/0192f0c4-5b7e-7cc0-8a34-2f1f0f6f0a11");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(message(missing)).isEqualTo("Cliente no encontrado");
    }

    @Test
    void aMalformedUuidIs404NotAServerError() {
        for (String path : List.of("/no-es-un-uuid", "/123", "/%20")) {
            assertThat(credith.get(CLIENTS + path).status()).as(path).isEqualTo(404);
            assertThat(credith.put(CLIENTS + path, "{\"name\":\"X\"}").status())
                    .as(path)
                    .isEqualTo(404);
            assertThat(message(credith.delete(CLIENTS + path))).as(path).isEqualTo("Cliente no encontrado");
        }
    }

    @Test
    void createWithoutNameIs400Requerido() {
        Response refused = credith.post(CLIENTS, "{\"dni\": \"0801-1990-12345\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(message(refused)).isEqualTo("El nombre del cliente es requerido");
        assertThat(message(credith.post(CLIENTS, "{\"name\": \"   \"}")))
                .isEqualTo("El nombre del cliente es requerido");
    }

    @Test
    void aNameOfTheWrongTypeIs400NotAServerError() {
        for (String name : List.of("42", "true", "[\"Ana\"]", "{\"first\":\"Ana\"}")) {
            Response refused = credith.post(CLIENTS, "{\"name\": " + name + "}");
            assertThat(refused.status()).as(name).isEqualTo(400);
            assertThat(message(refused)).as(name).isEqualTo("El nombre del cliente debe ser un texto");
        }
    }

    @Test
    void aDniOrPhoneOver25CharactersIs400NotAServerError() {
        String longText = "0801-1990-12345-0801-19901";

        Response dni = credith.post(CLIENTS, "{\"name\": \"Ana\", \"dni\": \"" + longText + "\"}");
        Response phone = credith.post(CLIENTS, "{\"name\": \"Ana\", \"phone\": \"" + longText + "\"}");

        assertThat(dni.status()).isEqualTo(400);
        assertThat(message(dni)).isEqualTo("El DNI no puede tener mas de 25 caracteres");
        assertThat(phone.status()).isEqualTo(400);
        assertThat(message(phone)).isEqualTo("El telefono no puede tener mas de 25 caracteres");
    }

    @Test
    void aDuplicateDniIs400YaExiste() {
        registerWithDni("María López", "0801-1990-12345");

        Response duplicate = credith.post(CLIENTS, "{\"name\": \"M. López\", \"dni\": \"0801199012345\"}");

        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(message(duplicate)).isEqualTo("Ya existe un cliente con ese DNI");
    }

    @Test
    void aDniThatFailsItsCheckIs400UnderStrictValidationAndStoredUnderWarn() {
        Response strict = credith.post(CLIENTS, "{\"name\": \"Ana\", \"dni\": \"9999-1990-12345\"}");
        assertThat(strict.status()).isEqualTo(400);
        assertThat(message(strict)).isEqualTo("El DNI no es valido");

        warnAboutInvalidDocuments();
        Response warned = credith.post(CLIENTS, "{\"name\": \"Ana\", \"dni\": \"9999-1990-12345\"}");
        assertThat(warned.status()).isEqualTo(201);
        assertThat(warned.body().at("/client/dni").stringValue()).isEqualTo("9999-1990-12345");
    }

    @Test
    void updateChangesOnlyTheFieldsSent() {
        String id = credith.post(CLIENTS, """
                        {"name": "Ana", "dni": "0801-1990-12345", "phone": "9999-9999", "address": "Comayagüela"}""").body().at("/client/clientId").stringValue();

        Response updated = credith.put(CLIENTS + "/" + id, "{\"phone\": \"2222-3333\"}");

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.body().get("message").stringValue()).isEqualTo("Cliente actualizado correctamente");
        JsonNode client = updated.body().get("client");
        assertThat(client.get("phone").stringValue()).isEqualTo("2222-3333");
        assertThat(client.get("name").stringValue()).isEqualTo("Ana");
        assertThat(client.get("dni").stringValue()).isEqualTo("0801-1990-12345");
        assertThat(client.get("address").stringValue()).isEqualTo("Comayagüela");
    }

    @Test
    void updateWithNullClearsDniPhoneAndAddress() {
        String id = credith.post(CLIENTS, """
                        {"name": "Ana", "dni": "0801-1990-12345", "phone": "9999-9999", "address": "Comayagüela"}""").body().at("/client/clientId").stringValue();

        JsonNode client = credith.put(CLIENTS + "/" + id, "{\"dni\": null, \"phone\": null, \"address\": null}")
                .body()
                .get("client");

        assertThat(client.get("dni").isNull()).isTrue();
        assertThat(client.get("phone").isNull()).isTrue();
        assertThat(client.get("address").isNull()).isTrue();
        assertThat(client.get("name").stringValue()).isEqualTo("Ana");
    }

    @Test
    void updateWithBlankOrNullNameIs400NoPuedeEstarVacio() {
        String id = register("Ana");

        for (String name : List.of("\"\"", "\"  \"", "null")) {
            Response refused = credith.put(CLIENTS + "/" + id, "{\"name\": " + name + "}");
            assertThat(refused.status()).as(name).isEqualTo(400);
            assertThat(message(refused)).as(name).isEqualTo("El nombre del cliente no puede estar vacio");
        }
        assertThat(credith.get(CLIENTS + "/" + id).body().get("name").stringValue())
                .isEqualTo("Ana");
    }

    @Test
    void updateToTheDniOfAnotherClientIs400YaExiste() {
        registerWithDni("Ana", "0801-1990-12345");
        String bruno = registerWithDni("Bruno", "0801-1990-12346");

        Response refused = credith.put(CLIENTS + "/" + bruno, "{\"dni\": \"0801-1990-12345\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(message(refused)).isEqualTo("Ya existe un cliente con ese DNI");
    }

    @Test
    void updateOfAnUnknownClientIs404() {
        Response missing = credith.put(CLIENTS + "/0192f0c4-5b7e-7cc0-8a34-2f1f0f6f0a11", "{\"name\": \"Ana\"}");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(message(missing)).isEqualTo("Cliente no encontrado");
    }

    @Test
    void deleteAnswers200AndHidesTheClientWhileKeepingItsRecord() {
        String id = registerWithDni("Ana", "0801-1990-12345");

        Response deleted = credith.delete(CLIENTS + "/" + id);

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(message(deleted)).isEqualTo("Cliente eliminado correctamente");
        assertThat(credith.get(CLIENTS + "/" + id).status()).isEqualTo(404);
        assertThat(credith.get(CLIENTS).body().get("total").intValue()).isZero();
        assertThat(message(credith.delete(CLIENTS + "/" + id))).isEqualTo("Cliente no encontrado");
        assertThat(api.as(admin)
                        .get("/api/v1/clients?deleted=only")
                        .body()
                        .at("/data/0/id")
                        .stringValue())
                .isEqualTo(id);
    }

    @Test
    void theDniOfADeletedClientCanBeRegisteredAgain() {
        String first = registerWithDni("Ana", "0801-1990-12345");
        credith.delete(CLIENTS + "/" + first);

        Response again = credith.post(CLIENTS, "{\"name\": \"Ana Reyes\", \"dni\": \"0801-1990-12345\"}");

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body().at("/client/clientId").stringValue()).isNotEqualTo(first);
    }

    @Test
    void aClientRegisteredHereIsTheSameClientInTheCanonicalApi() {
        String id = credith.post(CLIENTS, """
                        {"name": "María López", "dni": "0801-1990-12345", "phone": "9999-9999",
                         "address": "Tegucigalpa"}""").body().at("/client/clientId").stringValue();

        JsonNode canonical = api.as(admin).get("/api/v1/clients/" + id).body();

        assertThat(canonical.get("name").stringValue()).isEqualTo("María López");
        assertThat(canonical.at("/document/country").stringValue()).isEqualTo("HN");
        assertThat(canonical.at("/document/type").stringValue()).isEqualTo("DNI");
        assertThat(canonical.at("/document/number").stringValue()).isEqualTo("0801199012345");
        assertThat(canonical.get("phone_e164").stringValue()).isEqualTo("+50499999999");
        assertThat(canonical.at("/address/line").stringValue()).isEqualTo("Tegucigalpa");
    }

    @Test
    void hostileCreateBodiesGetA4xxInCredithsShape() {
        for (String body : hostileBodies()) {
            Response answer = credith.post(CLIENTS, body);
            assertThat(answer.status()).as(body).isBetween(400, 499);
            assertThat(message(answer)).as(body).isNotBlank();
        }
    }

    @Test
    void hostileUpdateBodiesGetA4xxInCredithsShape() {
        String id = register("Ana");
        for (String body : hostileBodies()) {
            Response answer = credith.put(CLIENTS + "/" + id, body);
            assertThat(answer.status()).as(body).isBetween(400, 499);
            assertThat(message(answer)).as(body).isNotBlank();
        }
        assertThat(credith.get(CLIENTS + "/" + id).body().get("name").stringValue())
                .isEqualTo("Ana");
    }

    @Test
    void malformedJsonIs400WithAMessage() {
        Response refused = credith.post(CLIENTS, "{\"name\": ");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/json");
        assertThat(message(refused)).isEqualTo("El cuerpo de la solicitud no es un JSON valido");
    }

    private static List<String> hostileBodies() {
        List<String> bodies = new ArrayList<>(List.of(
                "{\"name\": ",
                "[]",
                "[{\"name\": \"Ana\"}]",
                "\"Ana\"",
                "42",
                "null",
                "{\"name\": null, \"dni\": null}",
                "{\"name\": \"Ana\", \"dni\": 801199012345}",
                "{\"name\": \"Ana\", \"dni\": [\"0801\"]}",
                "{\"name\": \"Ana\", \"phone\": {\"number\": 1}}",
                "{\"name\": \"Ana\", \"address\": [\"Tegucigalpa\"]}",
                "{\"name\": \"Ana\", \"address\": {\"line\": 5}}",
                "{\"name\": \"Ana\\u0000\"}",
                "{\"name\": \"" + "x".repeat(100_000) + "\"}",
                "{\"name\": \"Ana\", \"address\": \"" + "x".repeat(10_000) + "\"}"));
        bodies.add("{\"name\": \"Ana\", \"dni\": \"\\ud800\"}");
        return bodies;
    }

    private String register(String name) {
        Response created = credith.post(CLIENTS, "{\"name\": \"" + name + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.body().at("/client/clientId").stringValue();
    }

    private String registerWithDni(String name, String dni) {
        Response created = credith.post(CLIENTS, "{\"name\": \"" + name + "\", \"dni\": \"" + dni + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.body().at("/client/clientId").stringValue();
    }

    private void warnAboutInvalidDocuments() {
        assertThat(api.as(admin)
                        .patch("/api/v1/tenant", "{\"settings\":{\"document_validation\":\"WARN\"}}")
                        .status())
                .isEqualTo(200);
    }

    static String message(Response response) {
        return response.body().path("message").asString(null);
    }

    private static List<String> names(Response list) {
        List<String> names = new ArrayList<>();
        list.body().get("data").forEach(c -> names.add(c.get("name").stringValue()));
        return names;
    }
}
