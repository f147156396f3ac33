package dev.clientela.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.document.DocumentCatalog;
import dev.clientela.document.DocumentType;
import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * One registry behind every API: a client registered through any compatibility profile is the
 * same client, with the same document and name, in the canonical API and in every other profile,
 * including profiles whose seed only knew one country's documents.
 */
class CrossProfileTest extends ApiTest {

    private static final String CANONICAL = "/api/v1/clients";
    private static final String CREDITH = "/compat/credith/api/clients";
    private static final String INVENTARIO = "/compat/inventario/api/clientes";
    private static final String GEOTAREAS = "/compat/geotareas/apidev/v1/clients";
    private static final String OFICINA = "/compat/oficina/billing/customers";
    private static final String FACTURACION = "/compat/facturacion-pe/api/v1/clients";

    private Api shop;
    private long tenantNumber;

    @BeforeEach
    void oneBusiness() {
        String admin = openTenant("Comercial Andina Multipaís", "PE");
        shop = api.as(admin);
        tenantNumber = shop.get("/api/v1/tenant").body().get("number").longValue();
    }

    @Test
    void aHonduranClientRegisteredThroughCredithIsTheSameClientEverywhere() {
        Response created = shop.post(CREDITH, """
                {"name": "María José López Peña", "dni": "0801-1990-12345", "phone": "9999-9999"}""");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        assertFoundEverywhere(new Holder("María José López Peña", "HN", "DNI", "0801199012345", "0801-1990-12345"));
    }

    @Test
    void aColombianPersonRegisteredThroughInventarioIsTheSameClientEverywhere() {
        Response created = shop.post(INVENTARIO, """
                {"nombre": "Camilo Andrés Rojas", "documento": "1020304050"}""");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        assertFoundEverywhere(new Holder("Camilo Andrés Rojas", "CO", "CC", "1020304050", "1020304050"));
    }

    @Test
    void aUruguayanCompanyRegisteredThroughGeoTareasIsTheSameClientEverywhere() {
        String rut = DocumentCatalog.normalise(example("UY", "RUT"));
        Response created = shop.with("tenant", String.valueOf(tenantNumber)).post(GEOTAREAS, """
                {"name": "Transportes del Plata", "document": "%s", "document_type": 2}""".formatted(rut));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        assertFoundEverywhere(new Holder("Transportes del Plata", "UY", "RUT", rut, rut));
    }

    @Test
    void aColombianCompanyRegisteredThroughOficinaIsTheSameClientEverywhere() {
        Response created = shop.post(OFICINA, """
                {"razonSocial": "Ferretería El Tornillo S.A.S.", "nit": "900123456"}""");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        assertFoundEverywhere(new Holder("Ferretería El Tornillo S.A.S.", "CO", "NIT", "9001234568", "900123456"));
    }

    @Test
    void aPeruvianCompanyRegisteredThroughFacturacionIsTheSameClientEverywhere() {
        Response created = shop.post(FACTURACION, """
                {"tipo_documento": "6", "numero_documento": "20512333797", "razon_social": "Distribuidora Andina S.A.C."}""");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        assertFoundEverywhere(new Holder("Distribuidora Andina S.A.C.", "PE", "RUC", "20512333797", "20512333797"));
    }

    /** Who a client is: its name and its document, canonical number and the number as it was written. */
    private record Holder(String name, String country, String type, String number, String typed) {}

    private void assertFoundEverywhere(Holder holder) {
        JsonNode canonical = only(shop.get(CANONICAL + "?document_number=" + holder.number()), "data");
        assertThat(canonical.get("name").stringValue()).isEqualTo(holder.name());
        assertThat(canonical.at("/document/country").stringValue()).isEqualTo(holder.country());
        assertThat(canonical.at("/document/type").stringValue()).isEqualTo(holder.type());
        assertThat(canonical.at("/document/number").stringValue()).isEqualTo(holder.number());
        assertThat(canonical.at("/document/typed").stringValue()).isEqualTo(holder.typed());
        long number = canonical.get("number").longValue();
        String id = canonical.get("id").stringValue();

        JsonNode credith = only(shop.get(CREDITH + "?dni=" + holder.number()), "data");
        assertThat(credith.get("clientId").stringValue()).isEqualTo(id);
        assertThat(credith.get("name").stringValue()).isEqualTo(holder.name());
        assertThat(credith.get("dni").stringValue()).isEqualTo(holder.typed());

        JsonNode inventario = only(shop.get(INVENTARIO + "?busqueda=" + holder.number()), null);
        assertThat(inventario.get("id").longValue()).isEqualTo(number);
        assertThat(inventario.get("nombre").stringValue()).isEqualTo(holder.name());
        assertThat(inventario.get("documento").stringValue()).isEqualTo(holder.typed());

        JsonNode geotareas = only(
                shop.with("tenant", String.valueOf(tenantNumber)).get(GEOTAREAS + "?search=" + holder.number()),
                "data");
        assertThat(geotareas.get("id").stringValue()).isEqualTo(String.valueOf(number));
        assertThat(geotareas.get("name").stringValue()).isEqualTo(holder.name());
        assertThat(geotareas.get("document").stringValue()).isEqualTo(holder.typed());

        // Every profile shows the number as it was written, through whichever API that was.
        JsonNode oficina = only(shop.get(OFICINA + "?search=" + encoded(holder.name())), null);
        assertThat(oficina.get("id").stringValue()).isEqualTo(id);
        assertThat(oficina.get("razonSocial").stringValue()).isEqualTo(holder.name());
        assertThat(oficina.get("nit").stringValue()).isEqualTo(holder.typed());

        JsonNode facturacion = only(shop.get(FACTURACION + "?search=" + holder.number()), "data");
        assertThat(facturacion.get("id").longValue()).isEqualTo(number);
        assertThat(facturacion.get("razon_social").stringValue()).isEqualTo(holder.name());
        assertThat(facturacion.get("numero_documento").stringValue()).isEqualTo(holder.typed());
        assertThat(facturacion.get("tipo_documento").stringValue())
                .isEqualTo(holder.country().equals("PE") ? "6" : "0");
    }

    /** The one item of a listing, from its {@code member} or, when null, from a bare array. */
    private static JsonNode only(Response listed, String member) {
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        JsonNode items = member == null ? listed.body() : listed.body().get(member);
        List<JsonNode> found = new ArrayList<>();
        items.forEach(found::add);
        assertThat(found).as(listed.toString()).hasSize(1);
        return found.getFirst();
    }

    private static String example(String country, String code) {
        return DocumentCatalog.latinAmerica(Clock.systemUTC()).types(country).stream()
                .filter(type -> type.code().equals(code))
                .map(DocumentType::example)
                .findFirst()
                .orElseThrow();
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
