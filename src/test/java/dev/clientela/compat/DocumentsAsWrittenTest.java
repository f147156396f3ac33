package dev.clientela.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A front end compares what it sent with what it gets back: every profile answers a document exactly
 * as it was written, and finds it again by any way of writing it, through the canonical number.
 */
class DocumentsAsWrittenTest extends ApiTest {

    @Test
    void credithAnswersTheDniAsWrittenAndFindsItWrittenAnyWay() {
        Api shop = api.as(openTenant("Créditos Olancho", "HN"));
        String clients = "/compat/credith/api/clients";

        Response created = shop.post(clients, "{\"name\": \"Rosa Amaya\", \"dni\": \"0801197712345\"}");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body().at("/client/dni").stringValue()).isEqualTo("0801197712345");
        String id = created.body().at("/client/clientId").stringValue();
        assertThat(shop.get(clients + "/" + id).body().at("/dni").stringValue()).isEqualTo("0801197712345");
        for (String form : new String[] {"0801197712345", "0801-1977-12345", "0801 1977 12345"}) {
            JsonNode found = shop.get(clients + "?dni=" + encoded(form)).body().get("data");
            assertThat(found).as("?dni=%s", form).hasSize(1);
            assertThat(found.get(0).get("dni").stringValue()).isEqualTo("0801197712345");
        }
        assertThat(canonical(shop, "0801197712345").at("/document/number").stringValue())
                .isEqualTo("0801197712345");
        assertThat(canonical(shop, "0801197712345").at("/document/typed").stringValue())
                .isEqualTo("0801197712345");
        assertThat(canonical(shop, "0801197712345").at("/document/formatted").stringValue())
                .isEqualTo("0801-1977-12345");
    }

    @Test
    void inventarioAnswersTheDocumentoAsWrittenAndFindsItWrittenAnyWay() {
        Api shop = api.as(openTenant("Ferretería Envigado", "CO"));
        String clientes = "/compat/inventario/api/clientes";

        Response created = shop.post(clientes, "{\"nombre\": \"Camilo Rojas\", \"documento\": \"1.020.304.050\"}");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body().get("documento").stringValue()).isEqualTo("1.020.304.050");
        long id = created.body().get("id").longValue();
        assertThat(shop.get(clientes + "/" + id).body().get("documento").stringValue())
                .isEqualTo("1.020.304.050");
        for (String form : new String[] {"1020304050", "1.020.304.050", "1020.304.050"}) {
            JsonNode found = shop.get(clientes + "?busqueda=" + encoded(form)).body();
            assertThat(found).as("?busqueda=%s", form).hasSize(1);
            assertThat(found.get(0).get("documento").stringValue()).isEqualTo("1.020.304.050");
        }
        assertThat(canonical(shop, "1020304050").at("/document/number").stringValue())
                .isEqualTo("1020304050");
    }

    @Test
    void oficinaAnswersTheNitAsWrittenAndFindsItWrittenAnyWay() {
        Api shop = api.as(openTenant("Contables Bogotá", "CO"));
        String customers = "/compat/oficina/billing/customers";

        Response created = shop.post(customers, "{\"razonSocial\": \"Papelería Central\", \"nit\": \"900.123.456-8\"}");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body().get("nit").stringValue()).isEqualTo("900.123.456-8");
        String id = created.body().get("id").stringValue();
        assertThat(shop.get(customers + "/" + id).body().get("nit").stringValue())
                .isEqualTo("900.123.456-8");
        for (String form : new String[] {"9001234568", "900.123.456-8", "900123456-8"}) {
            JsonNode found = shop.get(customers + "?search=" + encoded(form)).body();
            assertThat(found).as("?search=%s", form).hasSize(1);
            assertThat(found.get(0).get("nit").stringValue()).isEqualTo("900.123.456-8");
        }
        Response again = shop.post(customers, "{\"razonSocial\": \"Otra\", \"nit\": \"900123456\"}");
        assertThat(again.status())
                .as("the same NIT written another way is the same NIT: %s", again)
                .isEqualTo(400);
    }

    @Test
    void geotareasAnswersTheDocumentAsWrittenAndFindsItWrittenAnyWay() {
        Api shop = api.as(openTenant("Fletes del Este", "UY"));
        String tenant = shop.get("/api/v1/tenant").body().get("number").asString();
        Api geo = shop.with("tenant", tenant);
        String clients = "/compat/geotareas/apidev/v1/clients";

        Response created = geo.post(clients, """
                {"name": "Regional Distributors", "document": "21.100342.001-7", "document_type": 2}""");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.body().at("/data/id").asString();
        assertThat(geo.get(clients + "/" + id).body().at("/data/document").stringValue())
                .isEqualTo("21.100342.001-7");
        for (String form : new String[] {"211003420017", "21.100342.001-7", "21100342001-7"}) {
            JsonNode found =
                    geo.get(clients + "?search=" + encoded(form)).body().get("data");
            assertThat(found).as("?search=%s", form).hasSize(1);
            assertThat(found.get(0).get("document").stringValue()).isEqualTo("21.100342.001-7");
        }
    }

    @Test
    void facturacionAnswersTheNumeroDocumentoAsWrittenAndFindsItWrittenAnyWay() {
        Api shop = api.as(openTenant("Distribuciones Arequipa", "PE"));
        String clients = "/compat/facturacion-pe/api/v1/clients";

        Response created = shop.post(clients, """
                {"tipo_documento": "6", "numero_documento": "20-51233379-7", "razon_social": "Andina S.A.C."}""");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body().at("/data/numero_documento").stringValue()).isEqualTo("20-51233379-7");
        for (String form : new String[] {"20512333797", "20-51233379-7"}) {
            JsonNode found =
                    shop.get(clients + "?search=" + encoded(form)).body().get("data");
            assertThat(found).as("?search=%s", form).hasSize(1);
            assertThat(found.get(0).get("numero_documento").stringValue()).isEqualTo("20-51233379-7");
        }
        Response byDocument = shop.post(clients + "/search-by-document", """
                {"tipo_documento": "6", "numero_documento": "20512333797"}""");
        assertThat(byDocument.status()).as(byDocument.toString()).isEqualTo(200);
        assertThat(byDocument.body().at("/data/numero_documento").stringValue()).isEqualTo("20-51233379-7");
    }

    @Test
    void theCanonicalApiKeepsTheCanonicalNumberAndAddsTheTypedForm() {
        Api shop = api.as(openTenant("Bodega Lima", "PE"));

        Response created = shop.post("/api/v1/clients", """
                {"name": "Distribuidora", "document": {"type": "RUC", "number": " 20-51233379-7 "}}""");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body().at("/document/number").stringValue()).isEqualTo("20512333797");
        assertThat(created.body().at("/document/typed").stringValue()).isEqualTo("20-51233379-7");
        String id = created.body().get("id").stringValue();

        Response renumbered = shop.patch("/api/v1/clients/" + id, """
                {"document": {"number": "20100070970"}}""");
        assertThat(renumbered.status()).as(renumbered.toString()).isEqualTo(200);
        assertThat(renumbered.body().at("/document/typed").stringValue())
                .as("a new number is typed as sent, not as the old one was")
                .isEqualTo("20100070970");

        Response renamed = shop.patch("/api/v1/clients/" + id, "{\"name\": \"Distribuidora Andina\"}");
        assertThat(renamed.body().at("/document/typed").stringValue()).isEqualTo("20100070970");
    }

    private static JsonNode canonical(Api shop, String number) {
        JsonNode data =
                shop.get("/api/v1/clients?document_number=" + number).body().get("data");
        assertThat(data).hasSize(1);
        return data.get(0);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
