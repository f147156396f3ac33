package dev.clientela.compat.inventario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The inventory app's {@code /api/clientes}, as its document and its users describe it. */
class InventarioClientesTest extends ApiTest {

    static final String CLIENTES = "/compat/inventario/api/clientes";

    private String admin;
    private Api app;

    @BeforeEach
    void openColombianShop() {
        admin = openTenant("Ferretería Medellín", "CO");
        app = api.as(admin);
    }

    @Test
    void listIsABareArrayOfClientesNewestFirst() {
        crear("Ana");
        crear("Bruno");
        crear("Carla");

        Response list = app.get(CLIENTES);

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().isArray()).isTrue();
        assertThat(nombres(list)).containsExactly("Carla", "Bruno", "Ana");
        assertThat(list.body().get(0).propertyNames())
                .containsExactly("id", "nombre", "documento", "email", "telefono", "direccion", "notas", "creadoEn");
    }

    @Test
    void busquedaMatchesNombreDocumentoEmailAndTelefono() {
        app.post(CLIENTES, """
                {"nombre": "Ana Gómez", "documento": "1020304050", "email": "ana@tienda.co", "telefono": "3001234567"}""");
        crear("Bruno Díaz");

        assertThat(nombres(app.get(CLIENTES + "?busqueda=gomez"))).containsExactly("Ana Gómez");
        assertThat(nombres(app.get(CLIENTES + "?busqueda=1020304050"))).containsExactly("Ana Gómez");
        assertThat(nombres(app.get(CLIENTES + "?busqueda=ana@tienda.co"))).containsExactly("Ana Gómez");
        assertThat(nombres(app.get(CLIENTES + "?busqueda=3001234567"))).containsExactly("Ana Gómez");
        assertThat(nombres(app.get(CLIENTES + "?q=DIAZ"))).containsExactly("Bruno Díaz");
    }

    @Test
    void limiteDefaultsTo200() {
        for (int i = 0; i < 201; i++) {
            assertThat(app.post("/api/v1/clients", "{\"name\": \"Cliente " + i + "\"}")
                            .status())
                    .isEqualTo(201);
        }

        assertThat(app.get(CLIENTES).body().size()).isEqualTo(200);
        assertThat(app.get(CLIENTES + "?limite=3").body().size()).isEqualTo(3);
    }

    @Test
    void limiteOver500IsCappedNotRefused() {
        crear("Ana");

        Response list = app.get(CLIENTES + "?limite=100000");

        assertThat(list.status()).isEqualTo(200);
        assertThat(nombres(list)).containsExactly("Ana");
    }

    @Test
    void aNegativeZeroOrNonNumericLimiteMeansTheDefault() {
        crear("Ana");
        crear("Bruno");

        for (String limite : List.of("-1", "0", "mucho", "")) {
            Response list = app.get(CLIENTES + "?limite=" + limite);
            assertThat(list.status()).as(limite).isEqualTo(200);
            assertThat(nombres(list)).as(limite).containsExactly("Bruno", "Ana");
        }
    }

    @Test
    void createAnswers201WithTheBareClienteTrimmedAndWithoutEmptyStrings() {
        Response created = app.post(CLIENTES, """
                {"nombre": "  Ana Gómez  ", "documento": "1020304050", "email": "", "telefono": "3001234567",
                 "direccion": "", "notas": "paga los viernes"}""");

        assertThat(created.status()).isEqualTo(201);
        JsonNode cliente = created.body();
        assertThat(cliente.get("id").isIntegralNumber()).isTrue();
        assertThat(cliente.get("nombre").stringValue()).isEqualTo("Ana Gómez");
        assertThat(cliente.get("documento").stringValue()).isEqualTo("1020304050");
        assertThat(cliente.get("email").isNull()).isTrue();
        assertThat(cliente.get("telefono").stringValue()).isEqualTo("3001234567");
        assertThat(cliente.get("direccion").isNull()).isTrue();
        assertThat(cliente.get("notas").stringValue()).isEqualTo("paga los viernes");
        assertThat(cliente.get("creadoEn").isString()).isTrue();
    }

    @Test
    void createWithoutNombreIs400Obligatorio() {
        for (String body : List.of("{}", "{\"nombre\": \"\"}", "{\"nombre\": \"   \"}", "{\"nombre\": null}")) {
            Response refused = app.post(CLIENTES, body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(error(refused)).as(body).isEqualTo("El nombre del cliente es obligatorio");
        }
    }

    @Test
    void aDuplicateDocumentoIs409() {
        app.post(CLIENTES, "{\"nombre\": \"Ana\", \"documento\": \"1020304050\"}");

        Response duplicate = app.post(CLIENTES, "{\"nombre\": \"Ana G.\", \"documento\": \"1.020.304.050\"}");

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(error(duplicate)).isEqualTo("Ya existe un cliente con ese documento");
    }

    @Test
    void theSameDocumentoInAnotherTenantIsAnotherClient() {
        app.post(CLIENTES, "{\"nombre\": \"Ana\", \"documento\": \"1020304050\"}");
        Api otherShop = api.as(openTenant("Papelería Cali", "CO"));

        Response created = otherShop.post(CLIENTES, "{\"nombre\": \"Ana\", \"documento\": \"1020304050\"}");

        assertThat(created.status()).isEqualTo(201);
    }

    @Test
    void documentoIsReadAsANitOrACedula() {
        JsonNode nit =
                canonical(app.post(CLIENTES, "{\"nombre\": \"Ferretería SAS\", \"documento\": \"900123456-8\"}"));
        JsonNode base = canonical(app.post(CLIENTES, "{\"nombre\": \"Andina SAS\", \"documento\": \"860034313\"}"));
        JsonNode cedula = canonical(app.post(CLIENTES, "{\"nombre\": \"Ana\", \"documento\": \"1020304050\"}"));
        JsonNode extranjeria = canonical(app.post(CLIENTES, "{\"nombre\": \"John\", \"documento\": \"E123456\"}"));

        assertThat(nit.at("/document/type").stringValue()).isEqualTo("NIT");
        assertThat(nit.at("/document/number").stringValue()).isEqualTo("9001234568");
        assertThat(base.at("/document/type").stringValue()).isEqualTo("NIT");
        assertThat(base.at("/document/number").stringValue()).isEqualTo("8600343137");
        assertThat(cedula.at("/document/type").stringValue()).isEqualTo("CC");
        assertThat(extranjeria.at("/document/type").stringValue()).isEqualTo("CE");
        assertThat(nit.at("/document/country").stringValue()).isEqualTo("CO");
    }

    @Test
    void theSeedsNitBaseIsGivenItsCheckDigitAndAnsweredAsWritten() {
        Response created = app.post(CLIENTES, "{\"nombre\": \"Comercial\", \"documento\": \"900123456\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("documento").stringValue()).isEqualTo("900123456");
        Response canonical = app.get("/api/v1/clients?document_number=9001234568");
        assertThat(canonical.body().at("/data/0/document/number").stringValue()).isEqualTo("9001234568");
    }

    @Test
    void aDocumentoThatFailsItsCheckIs400UnderStrictAndStoredUnderWarn() {
        Response strict = app.post(CLIENTES, "{\"nombre\": \"Ana\", \"documento\": \"900123456-1\"}");
        assertThat(strict.status()).isEqualTo(400);
        assertThat(error(strict)).isEqualTo("El documento no es válido");

        assertThat(app.patch("/api/v1/tenant", "{\"settings\":{\"document_validation\":\"WARN\"}}")
                        .status())
                .isEqualTo(200);
        Response warned = app.post(CLIENTES, "{\"nombre\": \"Ana\", \"documento\": \"900123456-1\"}");
        assertThat(warned.status()).isEqualTo(201);
        assertThat(warned.body().get("documento").stringValue()).isEqualTo("900123456-1");
    }

    @Test
    void getReturnsTheClienteByItsNumber() {
        long id = crear("Ana");

        Response found = app.get(CLIENTES + "/" + id);

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().get("id").longValue()).isEqualTo(id);
        assertThat(found.body().get("nombre").stringValue()).isEqualTo("Ana");
    }

    @Test
    void aClienteOfAnotherTenantIs404() {
        long id = crear("Ana");
        Api otherShop = api.as(openTenant("Papelería Cali", "CO"));

        Response missing = otherShop.get(CLIENTES + "/" + id);

        assertThat(missing.status()).isEqualTo(404);
        assertThat(error(missing)).isEqualTo("Cliente no encontrado");
    }

    @Test
    void aNonNumericIdIs404NotAServerError() {
        for (String id : List.of("abc", "1.5", "-3", "99999999999999999999999", "0")) {
            assertThat(app.get(CLIENTES + "/" + id).status()).as(id).isEqualTo(404);
            assertThat(error(app.put(CLIENTES + "/" + id, "{\"nombre\": \"X\"}")))
                    .as(id)
                    .isEqualTo("Cliente no encontrado");
            assertThat(app.get(CLIENTES + "/" + id + "/historial").status())
                    .as(id)
                    .isEqualTo(404);
        }
    }

    @Test
    void updateChangesOnlyTheFieldsSentAndIgnoresAnEmptyNombre() {
        long id = idOf(app.post(CLIENTES, """
                {"nombre": "Ana", "documento": "1020304050", "email": "ana@tienda.co", "notas": "vip"}"""));

        Response updated = app.put(CLIENTES + "/" + id, "{\"nombre\": \"\", \"telefono\": \"3001234567\"}");

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.body().get("nombre").stringValue()).isEqualTo("Ana");
        assertThat(updated.body().get("telefono").stringValue()).isEqualTo("3001234567");
        assertThat(updated.body().get("email").stringValue()).isEqualTo("ana@tienda.co");
        assertThat(updated.body().get("documento").stringValue()).isEqualTo("1020304050");
        assertThat(updated.body().get("notas").stringValue()).isEqualTo("vip");
    }

    @Test
    void updateClearsEmailTelefonoDireccionAndNotasWithEmptyOrNull() {
        long id = idOf(app.post(CLIENTES, """
                {"nombre": "Ana", "email": "ana@tienda.co", "telefono": "3001234567", "direccion": "Calle 10",
                 "notas": "vip"}"""));

        JsonNode updated = app.put(CLIENTES + "/" + id, """
                        {"email": "", "telefono": null, "direccion": "", "notas": null}""").body();

        assertThat(updated.get("email").isNull()).isTrue();
        assertThat(updated.get("telefono").isNull()).isTrue();
        assertThat(updated.get("direccion").isNull()).isTrue();
        assertThat(updated.get("notas").isNull()).isTrue();
        assertThat(updated.get("nombre").stringValue()).isEqualTo("Ana");
    }

    @Test
    void updateToADocumentoInUseIs409EnUso() {
        app.post(CLIENTES, "{\"nombre\": \"Ana\", \"documento\": \"1020304050\"}");
        long bruno = idOf(app.post(CLIENTES, "{\"nombre\": \"Bruno\", \"documento\": \"79123456\"}"));

        Response refused = app.put(CLIENTES + "/" + bruno, "{\"documento\": \"1020304050\"}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(error(refused)).isEqualTo("El documento ya está en uso");
    }

    @Test
    void thereIsNoDeleteRoute() {
        long id = crear("Ana");

        Response refused = app.delete(CLIENTES + "/" + id);

        assertThat(refused.status()).isEqualTo(405);
        assertThat(error(refused)).isNotBlank();
        assertThat(app.get(CLIENTES + "/" + id).status()).isEqualTo(200);
    }

    @Test
    void malformedJsonIs400WithAnError() {
        Response refused = app.post(CLIENTES, "{\"nombre\": ");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/json");
        assertThat(error(refused)).isEqualTo("El cuerpo de la solicitud no es un JSON válido");
    }

    @Test
    void withoutAKeyIs401NoAutorizado() {
        Response refused = api.get(CLIENTES);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(error(refused)).isEqualTo("No autorizado");
        assertThat(error(api.as("clave-falsa").get(CLIENTES))).isEqualTo("No autorizado");
    }

    @Test
    void aRoleThatMayNotWriteIs403() {
        Response refused = api.as(keyWithRole(admin, "VIEWER")).post(CLIENTES, "{\"nombre\": \"Ana\"}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(error(refused)).isEqualTo("Usuario sin empresa asignada");
    }

    @Test
    void aClienteCreatedHereIsTheSameClientEverywhere() {
        Response created = app.post(CLIENTES, """
                {"nombre": "Ana Gómez", "documento": "1020304050", "telefono": "3001234567", "direccion": "Calle 10"}""");

        JsonNode canonical = canonical(created);
        JsonNode credith =
                app.get("/compat/credith/api/clients?dni=1020304050").body().at("/data/0");

        assertThat(canonical.get("name").stringValue()).isEqualTo("Ana Gómez");
        assertThat(canonical.at("/document/number").stringValue()).isEqualTo("1020304050");
        assertThat(canonical.at("/address/line").stringValue()).isEqualTo("Calle 10");
        assertThat(credith.get("name").stringValue()).isEqualTo("Ana Gómez");
        assertThat(credith.get("clientId").stringValue())
                .isEqualTo(canonical.get("id").stringValue());
    }

    @Test
    void hostileCreateBodiesGetA4xxInTheAppsShape() {
        for (String body : hostileBodies()) {
            Response answer = app.post(CLIENTES, body);
            assertThat(answer.status()).as(body).isBetween(400, 499);
            assertThat(error(answer)).as(body).isNotBlank();
        }
    }

    @Test
    void hostileUpdateBodiesGetA4xxInTheAppsShape() {
        long id = crear("Ana");
        for (String body : hostileBodies()) {
            if (body.contains("\"nombre\": \"Ana\"")) {
                continue;
            }
            Response answer = app.put(CLIENTES + "/" + id, body);
            assertThat(answer.status()).as(body).isBetween(400, 499);
            assertThat(error(answer)).as(body).isNotBlank();
        }
        assertThat(app.get(CLIENTES + "/" + id).body().get("nombre").stringValue())
                .isEqualTo("Ana");
    }

    private static List<String> hostileBodies() {
        return List.of(
                "{\"nombre\": ",
                "[]",
                "[{\"nombre\": \"Ana\"}]",
                "\"Ana\"",
                "null",
                "{\"nombre\": 42}",
                "{\"nombre\": [\"Ana\"]}",
                "{\"nombre\": {\"x\": 1}}",
                "{\"nombre\": \"Bea\", \"documento\": 1020304050}",
                "{\"nombre\": \"Bea\", \"documento\": \"" + "9".repeat(5000) + "\"}",
                "{\"nombre\": \"Bea\", \"email\": \"no-es-email\"}",
                "{\"nombre\": \"Bea\", \"telefono\": [1, 2]}",
                "{\"nombre\": \"Bea\", \"direccion\": {\"calle\": 1}}",
                "{\"nombre\": \"Bea\", \"notas\": \"" + "x".repeat(100_000) + "\"}",
                "{\"nombre\": \"Bea\\u0000\"}");
    }

    private long crear(String nombre) {
        return idOf(app.post(CLIENTES, "{\"nombre\": \"" + nombre + "\"}"));
    }

    private static long idOf(Response created) {
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.body().get("id").longValue();
    }

    private JsonNode canonical(Response created) {
        long number = idOf(created);
        return app.get("/api/v1/clients?number=" + number).body().at("/data/0");
    }

    static String error(Response response) {
        return response.body().path("error").asString(null);
    }

    private static List<String> nombres(Response list) {
        List<String> nombres = new ArrayList<>();
        list.body().forEach(c -> nombres.add(c.get("nombre").stringValue()));
        return nombres;
    }
}
