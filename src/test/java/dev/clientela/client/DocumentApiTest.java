package dev.clientela.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DocumentApiTest extends ApiTest {

    @Test
    void theCatalogueListsACountrysTypesWithTheirAuthorityCodesAndExamples() {
        Api viewer = api.as(keyWithRole(openTenant("Catálogo", "PE"), "VIEWER"));

        Response peru = viewer.get("/api/v1/document-types?country=pe");

        assertThat(peru.status()).isEqualTo(200);
        List<JsonNode> types = peru.body().get("data").valueStream().toList();
        assertThat(types)
                .extracting(t -> t.get("code").stringValue())
                .contains("DNI", "CE", "RUC", "PASSPORT", "DOC_TRIB_NO_DOM");
        JsonNode ruc = types.stream()
                .filter(t -> t.get("code").stringValue().equals("RUC"))
                .findFirst()
                .orElseThrow();
        assertThat(ruc.get("authority_code").stringValue()).isEqualTo("6");
        assertThat(ruc.get("example").stringValue()).isNotBlank();
        assertThat(viewer.get("/api/v1/document-types?country=XX").status()).isEqualTo(422);
    }

    @Test
    void validatingANumberSaysWhatItIsValidOrNot() {
        Api viewer = api.as(keyWithRole(openTenant("Validador", "CO"), "VIEWER"));

        JsonNode nit = viewer.post("/api/v1/documents/validate", "{\"type\": \"NIT\", \"number\": \"900.123.456-8\"}")
                .body();
        assertThat(nit.get("valid").booleanValue()).isTrue();
        assertThat(nit.get("number").stringValue()).isEqualTo("9001234568");
        assertThat(nit.get("formatted").stringValue()).isEqualTo("900.123.456-8");
        assertThat(nit.get("check_digit").stringValue()).isEqualTo("8");

        JsonNode seedRuc = viewer.post("/api/v1/documents/validate", """
                {"country": "PE", "type": "RUC", "number": "20123456789"}""").body();
        assertThat(seedRuc.get("valid").booleanValue()).isFalse();
        assertThat(seedRuc.get("errors").valueStream().map(e -> e.get("code").stringValue()))
                .contains("invalid_check_digit");

        Response unknownType = viewer.post("/api/v1/documents/validate", "{\"type\": \"XYZ\", \"number\": \"1\"}");
        assertThat(unknownType.status()).isEqualTo(422);
        assertThat(unknownType.body().at("/errors/0/field").stringValue()).isEqualTo("type");
    }

    @Test
    void aBatchOfAThousandNumbersIsAnsweredInOrderEachAsItsOwnCheckWouldBe() {
        Api viewer = api.as(keyWithRole(openTenant("Lista Antigua", "PE"), "VIEWER"));
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            items.add(
                    i % 100 == 7
                            ? "{\"type\": \"RUC\", \"number\": \"20123456789\"}"
                            : "{\"type\": \"DNI\", \"number\": \"%08d\"}".formatted(10_000_000 + i));
        }

        Response batch = viewer.post("/api/v1/documents/validate", documents(items));

        assertThat(batch.status()).as(batch.text()).isEqualTo(200);
        List<JsonNode> answers = batch.body().get("data").valueStream().toList();
        assertThat(answers).hasSize(1000);
        for (int i = 0; i < 1000; i++) {
            String expected = i % 100 == 7 ? "20123456789" : "%08d".formatted(10_000_000 + i);
            assertThat(answers.get(i).get("number").stringValue())
                    .as("item " + i)
                    .isEqualTo(expected);
            assertThat(answers.get(i).get("valid").booleanValue())
                    .as("item " + i)
                    .isEqualTo(i % 100 != 7);
        }
        assertThat(answers.get(7))
                .isEqualTo(
                        viewer.post("/api/v1/documents/validate", items.get(7)).body());
        assertThat(answers.get(8))
                .isEqualTo(
                        viewer.post("/api/v1/documents/validate", items.get(8)).body());
    }

    @Test
    void aBatchOfMoreThanAThousandOrOfNoneIsRefused() {
        Api viewer = api.as(keyWithRole(openTenant("Lista Larga", "PE"), "VIEWER"));
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            items.add("{\"type\": \"DNI\", \"number\": \"46779354\"}");
        }

        Response tooMany = viewer.post("/api/v1/documents/validate", documents(items));
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.body().at("/errors/0/field").stringValue()).isEqualTo("documents");
        assertThat(tooMany.body().at("/errors/0/code").stringValue()).isEqualTo("invalid_size");

        Response none = viewer.post("/api/v1/documents/validate", "{\"documents\": []}");
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.body().at("/errors/0/field").stringValue()).isEqualTo("documents");
    }

    @Test
    void malformedItemsMakeTheBatchA422NamingEachOfThem() {
        Api viewer = api.as(keyWithRole(openTenant("Lista Rota", "CO"), "VIEWER"));
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            items.add("{\"type\": \"NIT\", \"number\": \"900.123.456-8\"}");
        }
        items.set(3, "{\"country\": 57, \"type\": \"NIT\", \"number\": \"900.123.456-8\"}");
        items.set(4, "{\"type\": \"NIT\", \"number\": \"900.123.456-8\", \"name\": \"Ana\"}");
        items.set(5, "{\"type\": \"XYZ\", \"number\": \"1\"}");

        Response refused = viewer.post("/api/v1/documents/validate", documents(items));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").stringValue() + " "
                                + e.get("code").stringValue()))
                .containsExactlyInAnyOrder(
                        "documents[3].country invalid_type",
                        "documents[4].name unknown_field",
                        "documents[5].type unknown_type");
        Response mixed = viewer.post("/api/v1/documents/validate", """
                {"documents": [{"type": "NIT", "number": "1"}], "type": "NIT"}""");
        assertThat(mixed.status()).isEqualTo(422);
        assertThat(mixed.body().at("/errors/0/field").stringValue()).isEqualTo("type");
    }

    private static String documents(List<String> items) {
        return "{\"documents\": [" + String.join(",", items) + "]}";
    }

    @Test
    void theSameDocumentTypedWithFullWidthDigitsOrUnicodeDashesIsOneClient() {
        Api shop = api.as(openTenant("Tegucigalpa Centro", "HN"));
        String first = shop.post("/api/v1/clients", """
                {"name": "Carlos Mejía", "document": {"type": "DNI", "number": "0801 1990 12345"}}""").body().get("id").stringValue();

        for (String typed : List.of("０８０１１９９０１２３４５", "0801‐1990‐12345", "0801–1990—12345", "0801-1990-12345")) {
            Response again = shop.post("/api/v1/clients", """
                    {"name": "Otro", "document": {"type": "DNI", "number": "%s"}}""".formatted(typed));
            assertThat(again.status()).as(typed).isEqualTo(409);
            assertThat(again.body().get("existing_client_id").stringValue()).isEqualTo(first);
        }
    }

    @Test
    void aStrictTenantRefusesAnInvalidNumberAndAWarnTenantKeepsItWithWarnings() {
        String admin = openTenant("Lima Estricta", "PE");
        Api shop = api.as(admin);
        String seedRuc =
                "{\"name\": \"EMPRESA DEMO S.A.C.\", \"document\": {\"type\": \"RUC\", \"number\": \"20123456789\"}}";

        Response refused = shop.post("/api/v1/clients", seedRuc);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().at("/errors/0/field").stringValue()).isEqualTo("document.number");
        assertThat(refused.body().at("/errors/0/code").stringValue()).isEqualTo("invalid_check_digit");

        shop.patch("/api/v1/tenant", "{\"settings\": {\"document_validation\": \"WARN\"}}");
        Response kept = shop.post("/api/v1/clients", seedRuc);
        assertThat(kept.status()).isEqualTo(201);
        assertThat(kept.body().at("/warnings/0/code").stringValue()).isEqualTo("invalid_check_digit");
        assertThat(kept.body().at("/document/number").stringValue()).isEqualTo("20123456789");
    }

    @Test
    void aRucTenOfAKnownDniIsAcceptedWithAPossibleDuplicateWarning() {
        Api shop = api.as(openTenant("Arequipa", "PE"));
        String person = shop.post("/api/v1/clients", """
                {"name": "Julia Paredes", "document": {"type": "DNI", "number": "46779354"}}""").body().get("id").stringValue();
        String ruc = shop.post("/api/v1/documents/validate", "{\"type\": \"DNI\", \"number\": \"46779354\"}")
                .body()
                .at("/same_holder/0/number")
                .stringValue();

        Response business = shop.post("/api/v1/clients", """
                {"name": "Julia Paredes (negocio)", "document": {"type": "RUC", "number": "%s"}}""".formatted(ruc));

        assertThat(business.status()).as(business.text()).isEqualTo(201);
        assertThat(business.body().get("kind").stringValue()).isEqualTo("PERSON");
        assertThat(business.body().at("/warnings/0/code").stringValue()).isEqualTo("possible_duplicate");
        assertThat(business.body().at("/warnings/0/existing_client_id").stringValue())
                .isEqualTo(person);
    }

    @Test
    void anonymousBuyerNumbersNeverBlockASecondClient() {
        Api shop = api.as(openTenant("Consumidor Final", "CO"));
        String anonymous =
                "{\"name\": \"Consumidor final %d\", \"document\": {\"type\": \"CC\", \"number\": \"222222222222\"}}";

        assertThat(shop.post("/api/v1/clients", anonymous.formatted(1)).status())
                .isEqualTo(201);
        Response second = shop.post("/api/v1/clients", anonymous.formatted(2));
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body().at("/document/anonymous").booleanValue()).isTrue();
    }
}
