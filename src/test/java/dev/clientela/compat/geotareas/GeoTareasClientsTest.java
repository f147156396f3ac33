package dev.clientela.compat.geotareas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What GeoTareas' client documentation promises, through {@code /compat/geotareas}. */
class GeoTareasClientsTest extends ApiTest {

    static final String CLIENTS = "/compat/geotareas/apidev/v1/clients";

    private String admin;
    private Api geo;

    @BeforeEach
    void openTenant() {
        admin = openTenant("Servicios Técnicos del Sur", "UY");
        String number = String.valueOf(
                api.as(admin).get("/api/v1/tenant").body().get("number").longValue());
        geo = api.as(admin).with("tenant", number);
    }

    @Test
    void theDocumentsExampleCreateAnswersSuccessWithTheNewNumericId() {
        Response created = geo.post(CLIENTS, """
                {"name": "Regional Distributors", "business_name": "Regional Distributors S.A.",
                 "tax_id": "219900005018", "email": "info@regionaldist.com", "phone": "+59821009876",
                 "street": "Bvar. Artigas", "door_number": "567", "country_id": "1", "department_id": "10"}""");

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.body().get("success").booleanValue()).isTrue();
        assertThat(created.body().at("/data/id").stringValue()).matches("\\d+");
    }

    @Test
    void everyCreateFieldIsKeptAndShownByGet() {
        String id = id(geo.post(CLIENTS, """
                {"name": "Regional Distributors", "external_code": "ERP-0042", "status": "inactive",
                 "document": "21.100342.001-7", "document_type": 2, "business_name": "Regional Distributors S.A.",
                 "tax_id": "219900005018", "phone": "+59821009876", "mobile": "099 123 456",
                 "email": "info@regionaldist.com", "notes": "Entrega por la tarde",
                 "image_url": "https://cdn.example.com/logo.png", "street": "Bvar. Artigas", "door_number": "567",
                 "apartment": "301", "corner": "Av. Rivera", "zip_code": "11300",
                 "latitude": -34.9011, "longitude": -56.1645, "country_id": "1", "department_id": "10"}"""));

        JsonNode client = geo.get(CLIENTS + "/" + id).body().get("data");

        assertThat(client.get("id").stringValue()).isEqualTo(id);
        assertThat(client.get("name").stringValue()).isEqualTo("Regional Distributors");
        assertThat(client.get("external_code").stringValue()).isEqualTo("ERP-0042");
        assertThat(client.get("status").stringValue()).isEqualTo("INACTIVE");
        assertThat(client.get("document").stringValue()).isEqualTo("21.100342.001-7");
        assertThat(client.get("document_type").intValue()).isEqualTo(2);
        assertThat(client.get("business_name").stringValue()).isEqualTo("Regional Distributors S.A.");
        assertThat(client.get("tax_id").stringValue()).isEqualTo("219900005018");
        assertThat(client.get("phone").stringValue()).isEqualTo("+59821009876");
        assertThat(client.get("mobile").stringValue()).isEqualTo("099 123 456");
        assertThat(client.get("email").stringValue()).isEqualTo("info@regionaldist.com");
        assertThat(client.get("notes").stringValue()).isEqualTo("Entrega por la tarde");
        assertThat(client.get("image_url").stringValue()).isEqualTo("https://cdn.example.com/logo.png");
        assertThat(client.get("street").stringValue()).isEqualTo("Bvar. Artigas");
        assertThat(client.get("door_number").stringValue()).isEqualTo("567");
        assertThat(client.get("apartment").stringValue()).isEqualTo("301");
        assertThat(client.get("corner").stringValue()).isEqualTo("Av. Rivera");
        assertThat(client.get("zip_code").stringValue()).isEqualTo("11300");
        assertThat(client.get("latitude").decimalValue()).isEqualByComparingTo("-34.9011");
        assertThat(client.get("longitude").decimalValue()).isEqualByComparingTo("-56.1645");
        assertThat(client.get("country_id").stringValue()).isEqualTo("1");
        assertThat(client.get("department_id").stringValue()).isEqualTo("10");
        assertThat(client.get("associated_accounts")).isEmpty();
    }

    @Test
    void aClientCreatedHereIsAClientOfTheCanonicalApiWithTheSameNameAndDocument() {
        String id = id(geo.post(CLIENTS, """
                {"name": "Juan Pérez", "document": "1.234.567-2", "document_type": 3, "zip_code": "11300",
                 "country_id": "1"}"""));

        JsonNode client =
                api.as(admin).get("/api/v1/clients?number=" + id).body().at("/data/0");

        assertThat(client.get("name").stringValue()).isEqualTo("Juan Pérez");
        assertThat(client.at("/document/country").stringValue()).isEqualTo("UY");
        assertThat(client.at("/document/type").stringValue()).isEqualTo("CI");
        assertThat(client.at("/document/number").stringValue()).isEqualTo("12345672");
        assertThat(client.at("/address/postal_code").stringValue()).isEqualTo("11300");
        assertThat(client.at("/metadata/geotareas.country_id").stringValue()).isEqualTo("1");
    }

    @Test
    void documentTypeCodesAreDgiReceiverCodes() {
        List<String> types = new ArrayList<>();
        String[][] documents = {
            {"2", "211003420017"},
            {"3", "4567890-5"},
            {"4", "X1234567"},
            {"5", "AB123456"},
            {"6", "20123456"},
            {"7", "Y7654321"}
        };
        for (String[] document : documents) {
            String id = id(geo.post(CLIENTS, """
                    {"name": "Cliente %s", "document": "%s", "document_type": %s}""".formatted(document[0], document[1], document[0])));
            types.add(api.as(admin)
                    .get("/api/v1/clients?number=" + id)
                    .body()
                    .at("/data/0/document/type")
                    .stringValue());
        }

        assertThat(types).containsExactly("RUT", "CI", "OTHER", "PASSPORT", "DNI_FOREIGN", "NIFE");
    }

    @Test
    void aDocumentWithoutTypeIsReadByItsShape() {
        String rut = id(geo.post(CLIENTS, "{\"name\": \"Empresa\", \"document\": \"215555550010\"}"));
        String ci = id(geo.post(CLIENTS, "{\"name\": \"Persona\", \"document\": \"3.123.456-5\"}"));

        assertThat(geo.get(CLIENTS + "/" + rut).body().at("/data/document_type").intValue())
                .isEqualTo(2);
        assertThat(geo.get(CLIENTS + "/" + ci).body().at("/data/document_type").intValue())
                .isEqualTo(3);
    }

    @Test
    void theSeedsExampleRutIsAcceptedOnceTheTenantOnlyWarns() {
        api.as(admin).patch("/api/v1/tenant", "{\"settings\": {\"document_validation\": \"WARN\"}}");

        Response created = geo.post(CLIENTS, """
                {"name": "Regional Distributors", "document": "219900005018", "document_type": 2}""");

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(geo.get(CLIENTS + "/" + id(created))
                        .body()
                        .at("/data/document")
                        .stringValue())
                .isEqualTo("219900005018");
    }

    @Test
    void theDocumentsExampleUpdateAnswersTheFieldsItUpdated() {
        String id =
                id(geo.post(CLIENTS, "{\"name\": \"Regional Distributors\", \"email\": \"info@regionaldist.com\"}"));

        Response updated = geo.put(CLIENTS + "/" + id, """
                {"email": "new-info@regionaldist.com", "phone": "+59821005555", "notes": "Updated primary contact"}""");

        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        assertThat(updated.body().get("success").booleanValue()).isTrue();
        assertThat(updated.body().at("/data/id").stringValue()).isEqualTo(id);
        assertThat(strings(updated.body().at("/data/updated_fields"))).containsExactly("email", "phone", "notes");
        assertThat(updated.body().get("meta").isObject()).isTrue();
        assertThat(updated.body().get("meta")).isEmpty();
    }

    @Test
    void updateKeepsOmittedFields() {
        String id = id(geo.post(CLIENTS, """
                {"name": "Regional Distributors", "email": "info@regionaldist.com", "street": "Bvar. Artigas",
                 "door_number": "567", "country_id": "1"}"""));

        geo.put(CLIENTS + "/" + id, "{\"door_number\": \"569\"}");

        JsonNode client = geo.get(CLIENTS + "/" + id).body().get("data");
        assertThat(client.get("door_number").stringValue()).isEqualTo("569");
        assertThat(client.get("street").stringValue()).isEqualTo("Bvar. Artigas");
        assertThat(client.get("email").stringValue()).isEqualTo("info@regionaldist.com");
        assertThat(client.get("country_id").stringValue()).isEqualTo("1");
    }

    @Test
    void updateWithNullClearsAField() {
        String id = id(geo.post(CLIENTS, """
                {"name": "Regional Distributors", "email": "info@regionaldist.com", "zip_code": "11300",
                 "department_id": "10", "document": "211003420017", "document_type": 2}"""));

        Response updated = geo.put(CLIENTS + "/" + id, """
                {"email": null, "zip_code": null, "department_id": null, "document": null}""");

        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        JsonNode client = geo.get(CLIENTS + "/" + id).body().get("data");
        assertThat(client.get("email").isNull()).isTrue();
        assertThat(client.get("zip_code").isNull()).isTrue();
        assertThat(client.get("department_id").isNull()).isTrue();
        assertThat(client.get("document").isNull()).isTrue();
    }

    @Test
    void updateOfTheDocumentTypeAloneRetypesTheStoredNumber() {
        api.as(admin).patch("/api/v1/tenant", "{\"settings\": {\"document_validation\": \"WARN\"}}");
        String id =
                id(geo.post(CLIENTS, "{\"name\": \"Visitante\", \"document\": \"AB123456\", \"document_type\": 4}"));

        geo.put(CLIENTS + "/" + id, "{\"document_type\": 5}");

        JsonNode client = geo.get(CLIENTS + "/" + id).body().get("data");
        assertThat(client.get("document_type").intValue()).isEqualTo(5);
        assertThat(client.get("document").stringValue()).isEqualTo("AB123456");
    }

    @Test
    void readOnlyFieldsInTheUpdateBodyAreSilentlyIgnored() {
        String id = id(geo.post(CLIENTS, "{\"name\": \"Regional Distributors\"}"));

        Response updated = geo.put(CLIENTS + "/" + id, """
                {"name": "Regional Distributors S.A.", "associated_accounts": [{"id": "9"}],
                 "created_at": "2020-01-01T00:00:00Z", "updated_at": "2020-01-01T00:00:00Z"}""");

        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        assertThat(strings(updated.body().at("/data/updated_fields"))).containsExactly("name");
        assertThat(geo.get(CLIENTS + "/" + id).body().at("/data/name").stringValue())
                .isEqualTo("Regional Distributors S.A.");
    }

    @Test
    void statusAcceptsActiveAndInactiveInAnyCase() {
        String id = id(geo.post(CLIENTS, "{\"name\": \"Regional Distributors\", \"status\": \"Inactive\"}"));
        assertThat(geo.get(CLIENTS + "/" + id).body().at("/data/status").stringValue())
                .isEqualTo("INACTIVE");

        geo.put(CLIENTS + "/" + id, "{\"status\": \"active\"}");

        assertThat(geo.get(CLIENTS + "/" + id).body().at("/data/status").stringValue())
                .isEqualTo("ACTIVE");
    }

    @Test
    void coordinatesAreRoundedToEightDecimals() {
        String id = id(geo.post(CLIENTS, """
                {"name": "Obra Pocitos", "latitude": -34.907812345678901, "longitude": -56.15123456789}"""));

        JsonNode client = geo.get(CLIENTS + "/" + id).body().get("data");

        assertThat(client.get("latitude").decimalValue()).isEqualByComparingTo("-34.90781235");
        assertThat(client.get("longitude").decimalValue()).isEqualByComparingTo("-56.15123457");
    }

    @Test
    void getAnswersTheClientInTheEnvelope() {
        String id = id(geo.post(CLIENTS, "{\"name\": \"Regional Distributors\"}"));

        Response client = geo.get(CLIENTS + "/" + id);

        assertThat(client.status()).isEqualTo(200);
        assertThat(client.body().get("success").booleanValue()).isTrue();
        assertThat(client.body().at("/data/id").stringValue()).isEqualTo(id);
        assertThat(client.body().has("meta")).isTrue();
    }

    @Test
    void listDefaultsToTwentyFiveClientsOrderedByName() {
        for (int i = 30; i >= 1; i--) {
            api.as(admin).post("/api/v1/clients", "{\"name\": \"Cliente %02d\"}".formatted(i));
        }

        Response list = geo.get(CLIENTS);

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().get("success").booleanValue()).isTrue();
        List<String> names = names(list);
        assertThat(names).hasSize(25);
        assertThat(names.getFirst()).isEqualTo("Cliente 01");
        assertThat(names.getLast()).isEqualTo("Cliente 25");
        assertThat(list.body().at("/meta/total").longValue()).isEqualTo(30);
        assertThat(list.body().at("/meta/limit").intValue()).isEqualTo(25);
    }

    @Test
    void listPagesWithLimitAndOffset() {
        for (String name : List.of("Ana", "Beatriz", "Carlos", "Diego")) {
            api.as(admin).post("/api/v1/clients", "{\"name\": \"%s\"}".formatted(name));
        }

        assertThat(names(geo.get(CLIENTS + "?limit=2&offset=1"))).containsExactly("Beatriz", "Carlos");
        assertThat(names(geo.get(CLIENTS + "?limit=100&offset=3"))).containsExactly("Diego");
    }

    @Test
    void listItemsHaveTheDocumentedFields() {
        geo.post(CLIENTS, """
                {"name": "Regional Distributors", "business_name": "Regional Distributors S.A.", "notes": "x"}""");

        JsonNode item = geo.get(CLIENTS).body().at("/data/0");

        assertThat(new ArrayList<>(item.propertyNames()))
                .containsExactly(
                        "id",
                        "name",
                        "business_name",
                        "email",
                        "phone",
                        "image_url",
                        "status",
                        "document",
                        "tax_id",
                        "external_code",
                        "associated_accounts");
        assertThat(item.get("id").isString()).isTrue();
        assertThat(item.get("business_name").stringValue()).isEqualTo("Regional Distributors S.A.");
    }

    @Test
    void listFiltersByStatus() {
        geo.post(CLIENTS, "{\"name\": \"Activo\"}");
        geo.post(CLIENTS, "{\"name\": \"Retirado\", \"status\": \"inactive\"}");

        assertThat(names(geo.get(CLIENTS + "?status=inactive"))).containsExactly("Retirado");
        assertThat(names(geo.get(CLIENTS + "?status=ACTIVE"))).containsExactly("Activo");
    }

    @Test
    void listSearchFindsByNameAndDocument() {
        geo.post(
                CLIENTS, "{\"name\": \"Regional Distributors\", \"document\": \"211003420017\", \"document_type\": 2}");
        geo.post(CLIENTS, "{\"name\": \"Ferretería Pocitos\"}");

        assertThat(names(geo.get(CLIENTS + "?search=ferreteria"))).containsExactly("Ferretería Pocitos");
        assertThat(names(geo.get(CLIENTS + "?search=211003420017"))).containsExactly("Regional Distributors");
    }

    @Test
    void listShowsOnlyTheTenantsOwnClients() {
        geo.post(CLIENTS, "{\"name\": \"Regional Distributors\"}");
        String other = openTenant("Otra Empresa", "UY");
        String number = String.valueOf(
                api.as(other).get("/api/v1/tenant").body().get("number").longValue());

        Response list = api.as(other).with("tenant", number).get(CLIENTS);

        assertThat(list.body().get("data")).isEmpty();
    }

    @Test
    void readsAreNotRateLimited() {
        for (int i = 0; i < 15; i++) {
            assertThat(geo.get(CLIENTS).status()).isEqualTo(200);
        }
    }

    static String id(Response created) {
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.body().at("/data/id").stringValue();
    }

    private static List<String> names(Response list) {
        assertThat(list.status()).as(list.text()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        list.body().get("data").forEach(c -> names.add(c.get("name").stringValue()));
        return names;
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(s -> strings.add(s.stringValue()));
        return strings;
    }
}
