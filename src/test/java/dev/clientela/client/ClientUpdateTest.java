package dev.clientela.client;

import static dev.clientela.client.ClientData.COMPANY_RUC;
import static dev.clientela.client.ClientData.HONDURAN_DNI;
import static dev.clientela.client.ClientData.HONDURAN_DNI_WITH_DASHES;
import static dev.clientela.client.ClientData.PERSON_DNI;
import static dev.clientela.client.ClientData.RUC_WITH_WRONG_CHECK_DIGIT;
import static dev.clientela.client.ClientData.companyRuc;
import static dev.clientela.client.ClientData.json;
import static dev.clientela.client.ClientData.named;
import static dev.clientela.client.ClientData.withDocument;
import static dev.clientela.client.ClientRequests.CLIENTS;
import static dev.clientela.client.ClientRequests.fieldErrors;
import static dev.clientela.client.ClientRequests.idOf;
import static dev.clientela.client.ClientRequests.ids;
import static dev.clientela.client.ClientRequests.list;
import static dev.clientela.client.ClientRequests.names;
import static dev.clientela.client.ClientRequests.pathOf;
import static dev.clientela.client.ClientRequests.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.clientela.support.Api;
import dev.clientela.support.ApiTest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ClientUpdateTest extends ApiTest {

    private String adminKey;
    private Api shop;

    @BeforeEach
    void openShop() {
        adminKey = openTenant("Distribuidora Miraflores", "PE");
        shop = api.as(adminKey);
    }

    private JsonNode aFullyFilledClient() {
        return register(shop, """
                {"name": "María López", "legal_name": "María López Ruiz", "trade_name": "Bodega María",
                 "email": "maria@lopez.pe", "phone": "01 444 5566", "mobile": "987 654 321",
                 "notes": "Paga a fin de mes", "external_code": "ERP-7", "credit_limit": 1500,
                 "document": {"type": "DNI", "number": "%s"},
                 "address": {"line": "Av. Arequipa 123", "district": "Miraflores", "city": "Lima",
                             "ubigeo": "150122", "latitude": -12.1211, "longitude": -77.0297},
                 "metadata": {"route": "norte", "seller": "ana"}}""".formatted(PERSON_DNI));
    }

    private JsonNode patch(JsonNode client, String json) {
        var response = shop.patch(pathOf(client), json);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }

    @Test
    void aPatchLeavesAbsentFieldsAsTheyWere() {
        JsonNode client = aFullyFilledClient();

        JsonNode patched = patch(client, "{\"notes\": \"Paga los viernes\"}");

        assertThat(patched.get("notes").stringValue()).isEqualTo("Paga los viernes");
        for (String field : new String[] {
            "name",
            "legal_name",
            "trade_name",
            "email",
            "phone",
            "mobile",
            "phone_e164",
            "mobile_e164",
            "external_code",
            "credit_limit",
            "document",
            "address",
            "metadata",
            "kind",
            "status",
            "number",
            "id",
            "created_at"
        }) {
            assertThat(patched.get(field)).as(field).isEqualTo(client.get(field));
        }
    }

    @Test
    void aNullInAPatchClearsTheField() {
        JsonNode client = aFullyFilledClient();

        JsonNode patched = patch(client, """
                {"email": null, "mobile": null, "notes": null, "credit_limit": null, "document": null,
                 "address": null, "metadata": null, "external_code": null}""");

        for (String field :
                new String[] {"email", "mobile", "mobile_e164", "notes", "credit_limit", "document", "address"}) {
            assertThat(patched.get(field).isNull()).as(field).isTrue();
        }
        assertThat(patched.get("external_code").isNull()).isTrue();
        assertThat(patched.get("metadata").size()).isZero();
        assertThat(patched.get("phone").stringValue()).isEqualTo("01 444 5566");
        assertThat(shop.get(pathOf(client)).body().get("document").isNull()).isTrue();
    }

    @Test
    void anAddressPatchMergesMemberByMember() {
        JsonNode client = aFullyFilledClient();

        JsonNode patched = patch(
                client, "{\"address\": {\"district\": \"Surquillo\", \"latitude\": null, \"door_number\": \"4B\"}}");

        JsonNode address = patched.get("address");
        assertThat(address.get("district").stringValue()).isEqualTo("Surquillo");
        assertThat(address.get("door_number").stringValue()).isEqualTo("4B");
        assertThat(address.hasNonNull("latitude")).isFalse();
        assertThat(address.get("line").stringValue()).isEqualTo("Av. Arequipa 123");
        assertThat(address.get("ubigeo").stringValue()).isEqualTo("150122");
        assertThat(address.get("longitude").decimalValue()).isEqualByComparingTo("-77.0297");
    }

    @Test
    void aMetadataPatchMergesKeysAndNullRemovesOne() {
        JsonNode client = aFullyFilledClient();

        JsonNode patched = patch(client, "{\"metadata\": {\"seller\": null, \"tier\": \"gold\", \"route\": \"sur\"}}");

        assertThat(patched.get("metadata").properties())
                .extracting(Map.Entry::getKey, e -> e.getValue().stringValue())
                .containsExactlyInAnyOrder(tuple("route", "sur"), tuple("tier", "gold"));
    }

    @Test
    void replacingTheDocumentChecksItAgainAndReformatsIt() {
        Api honduranShop = api.as(openTenant("Pulpería San Pedro", "HN"));
        JsonNode client = register(honduranShop, named("Juana Pérez"));

        var invalid = honduranShop.patch(
                pathOf(client), "{\"document\": {\"type\": \"DNI\", \"number\": \"2501199012345\"}}");
        var valid = honduranShop.patch(
                pathOf(client), "{\"document\": {\"type\": \"DNI\", \"number\": \"" + HONDURAN_DNI + "\"}}");

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(fieldErrors(invalid)).extracting(t -> t.toList().getFirst()).containsOnly("document.number");
        assertThat(valid.status()).as(valid.toString()).isEqualTo(200);
        JsonNode document = valid.body().get("document");
        assertThat(document.get("country").stringValue()).isEqualTo("HN");
        assertThat(document.get("number").stringValue()).isEqualTo(HONDURAN_DNI);
        assertThat(document.get("formatted").stringValue()).isEqualTo(HONDURAN_DNI_WITH_DASHES);
    }

    @Test
    void changingOnlyTheDocumentNumberKeepsItsTypeAndRechecksTheNumber() {
        JsonNode client = register(shop, withDocument("Constructora Andina", "RUC", COMPANY_RUC));
        String otherRuc = companyRuc("10000001");

        var refused =
                shop.patch(pathOf(client), "{\"document\": {\"number\": \"" + RUC_WITH_WRONG_CHECK_DIGIT + "\"}}");
        JsonNode changed = patch(client, "{\"document\": {\"number\": \"" + otherRuc + "\"}}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(fieldErrors(refused)).containsExactly(tuple("document.number", "invalid_check_digit"));
        assertThat(changed.get("document").get("type").stringValue()).isEqualTo("RUC");
        assertThat(changed.get("document").get("number").stringValue()).isEqualTo(otherRuc);
    }

    @Test
    void everyChangeBumpsTheVersionAndTheUpdateTime() {
        JsonNode created = register(shop, named("Cliente Versionado"));
        JsonNode first = patch(created, "{\"notes\": \"uno\"}");
        JsonNode second = patch(first, "{\"notes\": \"dos\"}");
        JsonNode put = shop.put(pathOf(created), "{\"notes\": \"tres\"}").body();
        assertThat(shop.delete(pathOf(created)).status()).isEqualTo(204);
        JsonNode restored = shop.post(pathOf(created) + "/restore", null).body();

        assertThat(created.get("version").longValue()).isEqualTo(1);
        assertThat(first.get("version").longValue()).isEqualTo(2);
        assertThat(second.get("version").longValue()).isEqualTo(3);
        assertThat(put.get("version").longValue()).isEqualTo(4);
        assertThat(restored.get("version").longValue()).isEqualTo(6);
        assertThat(updatedAt(created))
                .isEqualTo(Instant.parse(created.get("created_at").stringValue()));
        assertThat(updatedAt(first)).isAfter(updatedAt(created));
        assertThat(updatedAt(second)).isAfter(updatedAt(first));
        assertThat(updatedAt(put)).isAfter(updatedAt(second));
        assertThat(updatedAt(restored)).isAfter(updatedAt(put));
        assertThat(restored.get("created_at")).isEqualTo(created.get("created_at"));
    }

    @Test
    void aClearedStatusIsTheDefaultActiveAndOnAnActiveClientChangesNothing() {
        JsonNode created = register(shop, named("Cliente Sin Estado"));
        int entries = shop.get(pathOf(created) + "/changes").body().get("data").size();

        JsonNode nulled = patch(created, "{\"status\": null}");
        JsonNode blank = patch(created, "{\"status\": \"\"}");

        assertThat(nulled.get("status").stringValue()).isEqualTo("ACTIVE");
        assertThat(blank.get("status").stringValue()).isEqualTo("ACTIVE");
        assertThat(blank.get("version").longValue()).isEqualTo(1);
        assertThat(shop.get(pathOf(created) + "/changes").body().get("data").size())
                .isEqualTo(entries);

        JsonNode archived = patch(created, "{\"status\": \"INACTIVE\"}");
        JsonNode reactivated = patch(archived, "{\"status\": \"\"}");

        assertThat(reactivated.get("status").stringValue()).isEqualTo("ACTIVE");
        assertThat(reactivated.get("version").longValue()).isEqualTo(3);
    }

    private static Instant updatedAt(JsonNode client) {
        return Instant.parse(client.get("updated_at").stringValue());
    }

    @Test
    void everyResponseCarriesTheVersionAsItsETag() {
        var created = shop.post(CLIENTS, named("Cliente Etiquetado"));
        JsonNode client = created.body();
        var fetched = shop.get(pathOf(client));
        var patched = shop.patch(pathOf(client), "{\"notes\": \"x\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.header("Location")).endsWith(CLIENTS + "/" + idOf(client));
        assertThat(fetched.header("ETag")).isEqualTo("\"1\"");
        assertThat(patched.header("ETag")).isEqualTo("\"2\"");
        assertThat(shop.get(pathOf(client)).header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void aGetWithTheCurrentETagIsNotModified() {
        JsonNode client = register(shop, named("Cliente Cacheado"));

        var current = shop.with("If-None-Match", "\"1\"").get(pathOf(client));
        patch(client, "{\"notes\": \"cambió\"}");
        var stale = shop.with("If-None-Match", "\"1\"").get(pathOf(client));

        assertThat(current.status()).isEqualTo(304);
        assertThat(current.text()).isEmpty();
        assertThat(current.header("ETag")).isEqualTo("\"1\"");
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body().get("notes").stringValue()).isEqualTo("cambió");
    }

    @Test
    void aWriteWithAStaleIfMatchIsRefusedAndChangesNothing() {
        JsonNode client = register(shop, named("Cliente Disputado"));
        patch(client, "{\"notes\": \"primero\"}");

        var stalePatch = shop.with("If-Match", "\"1\"").patch(pathOf(client), "{\"notes\": \"tarde\"}");
        var staleDelete = shop.with("If-Match", "\"1\"").delete(pathOf(client));
        var current = shop.with("If-Match", "\"2\"").patch(pathOf(client), "{\"notes\": \"a tiempo\"}");

        assertThat(stalePatch.status()).isEqualTo(412);
        assertThat(stalePatch.code()).isEqualTo("PRECONDITION_FAILED");
        assertThat(staleDelete.status()).isEqualTo(412);
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.body().get("notes").stringValue()).isEqualTo("a tiempo");
        assertThat(current.body().get("version").longValue()).isEqualTo(3);
    }

    @Test
    void putMergesLikePatch() {
        JsonNode client = aFullyFilledClient();

        var response =
                shop.put(pathOf(client), "{\"trade_name\": \"Minimarket María\", \"metadata\": {\"tier\": \"gold\"}}");

        assertThat(response.status()).isEqualTo(200);
        JsonNode put = response.body();
        assertThat(put.get("trade_name").stringValue()).isEqualTo("Minimarket María");
        assertThat(put.get("name").stringValue()).isEqualTo("María López");
        assertThat(put.get("email").stringValue()).isEqualTo("maria@lopez.pe");
        assertThat(put.get("metadata").size()).isEqualTo(3);
        assertThat(shop.put(pathOf(client), "{\"name\": null}").status()).isEqualTo(422);
    }

    @Test
    void theKindFollowsTheDocumentUnlessGivenExplicitly() {
        JsonNode company = register(shop, withDocument("Constructora Andina", "RUC", COMPANY_RUC));
        JsonNode person = register(shop, withDocument("Juan Pérez", "DNI", PERSON_DNI));
        JsonNode personWithRuc = register(shop, withDocument("Juan Pérez RUC", "RUC", "10467793549"));
        JsonNode noDocument = register(shop, named("Sin Documento"));
        JsonNode explicitPerson = register(
                shop,
                json(
                        "name",
                        "Empresa Unipersonal",
                        "kind",
                        "PERSON",
                        "document",
                        Map.of("type", "RUC", "number", companyRuc("10000002"))));
        JsonNode explicitCompany = register(shop, json("name", "Negocio Familiar", "kind", "company"));

        assertThat(company.get("kind").stringValue()).isEqualTo("COMPANY");
        assertThat(person.get("kind").stringValue()).isEqualTo("PERSON");
        assertThat(personWithRuc.get("kind").stringValue()).isEqualTo("PERSON");
        assertThat(noDocument.get("kind").stringValue()).isEqualTo("PERSON");
        assertThat(explicitPerson.get("kind").stringValue()).isEqualTo("PERSON");
        assertThat(explicitCompany.get("kind").stringValue()).isEqualTo("COMPANY");
        assertThat(patch(company, "{\"kind\": \"PERSON\"}").get("kind").stringValue())
                .isEqualTo("PERSON");
        assertThat(patch(company, "{\"notes\": \"x\"}").get("kind").stringValue())
                .isEqualTo("PERSON");
    }

    @Test
    void theDocumentCountryDefaultsToTheTenantsAndPhonesAreReadInTheDocumentsCountry() {
        JsonNode peruvian = register(
                shop,
                json(
                        "name",
                        "Rosa Quispe",
                        "phone",
                        "987 654 321",
                        "mobile",
                        "llamar por la tarde",
                        "document",
                        Map.of("type", "DNI", "number", PERSON_DNI)));
        JsonNode honduran = register(
                shop,
                json(
                        "name",
                        "Juana Pérez",
                        "phone",
                        "9876-5432",
                        "document",
                        Map.of("country", "hn", "type", "dni", "number", HONDURAN_DNI_WITH_DASHES)));

        assertThat(peruvian.get("document").get("country").stringValue()).isEqualTo("PE");
        assertThat(peruvian.get("phone_e164").stringValue()).isEqualTo("+51987654321");
        assertThat(peruvian.get("mobile_e164").isNull()).isTrue();
        assertThat(honduran.get("document").get("country").stringValue()).isEqualTo("HN");
        assertThat(honduran.get("document").get("type").stringValue()).isEqualTo("DNI");
        assertThat(honduran.get("document").get("formatted").stringValue()).isEqualTo(HONDURAN_DNI_WITH_DASHES);
        assertThat(honduran.get("phone_e164").stringValue()).isEqualTo("+50498765432");
        assertThat(patch(peruvian, "{\"phone\": \"+51 912 345 678\"}")
                        .get("phone_e164")
                        .stringValue())
                .isEqualTo("+51912345678");
    }

    @Test
    void writesMoneyWithTwoDecimals() {
        var response = shop.post(CLIENTS, json("name", "Cliente con Crédito", "credit_limit", 1500));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.text()).contains("\"credit_limit\":1500.00");
        assertThat(patch(response.body(), "{\"credit_limit\": 0.1}")
                        .get("credit_limit")
                        .decimalValue())
                .isEqualByComparingTo("0.10");
    }

    @Test
    void numbersClientsOneTwoThreeInCreationOrderAndNeverReusesANumber() {
        JsonNode first = register(shop, named("Zacarías"));
        JsonNode second = register(shop, named("Ana"));
        JsonNode third = register(shop, named("Marco"));
        assertThat(shop.delete(pathOf(third) + "?permanent=true").status()).isEqualTo(204);
        assertThat(shop.delete(pathOf(second)).status()).isEqualTo(204);
        JsonNode fourth = register(shop, named("Nuevo"));

        assertThat(first.get("number").longValue()).isEqualTo(1);
        assertThat(second.get("number").longValue()).isEqualTo(2);
        assertThat(third.get("number").longValue()).isEqualTo(3);
        assertThat(fourth.get("number").longValue()).isEqualTo(4);
        assertThat(names(list(shop, "number", "1"))).containsExactly("Zacarías");
        assertThat(patch(first, "{\"name\": \"Zacarías Q.\"}").get("number").longValue())
                .isEqualTo(1);
    }

    @Test
    void unknownDeletedAndMalformedIdsAreNotFound() {
        JsonNode deleted = register(shop, named("Borrado"));
        assertThat(shop.delete(pathOf(deleted)).status()).isEqualTo(204);

        for (String path : new String[] {
            pathOf(deleted), CLIENTS + "/0190a0a0-0000-7000-8000-000000000000", CLIENTS + "/not-a-uuid", CLIENTS + "/42"
        }) {
            var response = shop.get(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.code()).as(path).isEqualTo("NOT_FOUND");
            assertThat(shop.patch(path, "{\"notes\": \"x\"}").status()).as(path).isEqualTo(404);
            assertThat(shop.delete(path).status()).as(path).isEqualTo(404);
        }
    }

    @Test
    void aDeletedClientDisappearsAndComesBackWhenRestored() {
        JsonNode client = register(shop, withDocument("Rosa Quispe", "DNI", PERSON_DNI));
        Api operator = api.as(keyWithRole(adminKey, "OPERATOR"));

        assertThat(operator.delete(pathOf(client)).status()).isEqualTo(403);
        assertThat(shop.delete(pathOf(client)).status()).isEqualTo(204);
        assertThat(ids(list(shop))).isEmpty();
        assertThat(operator.post(pathOf(client) + "/restore", null).status()).isEqualTo(403);
        var restored = shop.post(pathOf(client) + "/restore", null);

        assertThat(restored.status()).isEqualTo(200);
        assertThat(restored.body().has("deleted_at")).isFalse();
        assertThat(shop.get(pathOf(client)).status()).isEqualTo(200);
        assertThat(ids(list(shop, "document_number", PERSON_DNI))).containsExactly(idOf(client));
    }

    @Test
    void aPermanentDeleteRemovesTheClientForGood() {
        JsonNode client = register(shop, named("Purgado"));
        assertThat(shop.delete(pathOf(client)).status()).isEqualTo(204);

        var purged = shop.delete(pathOf(client) + "?permanent=true");

        assertThat(purged.status()).isEqualTo(204);
        assertThat(ids(list(shop, "deleted", "only"))).isEmpty();
        assertThat(shop.post(pathOf(client) + "/restore", null).status()).isEqualTo(404);
        assertThat(shop.delete(pathOf(client) + "?permanent=true").status()).isEqualTo(404);
    }

    @Test
    void refusesASecondLiveClientWithTheSameDocumentHoweverItIsTyped() {
        Api honduranShop = api.as(openTenant("Pulpería La Ceiba", "HN"));
        JsonNode holder = register(honduranShop, withDocument("Juana Pérez", "DNI", HONDURAN_DNI_WITH_DASHES));

        var duplicate = honduranShop.post(CLIENTS, withDocument("Juana P.", "DNI", HONDURAN_DNI));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("DUPLICATE_DOCUMENT");
        assertThat(duplicate.body().get("existing_client_id").stringValue()).isEqualTo(idOf(holder));
    }

    @Test
    void refusesAnUpdateToADocumentAnotherLiveClientHolds() {
        JsonNode holder = register(shop, withDocument("Constructora Andina", "RUC", COMPANY_RUC));
        JsonNode other = register(shop, named("Constructora Sin RUC"));

        var response =
                shop.patch(pathOf(other), "{\"document\": {\"type\": \"RUC\", \"number\": \"" + COMPANY_RUC + "\"}}");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.code()).isEqualTo("DUPLICATE_DOCUMENT");
        assertThat(response.body().get("existing_client_id").stringValue()).isEqualTo(idOf(holder));
        assertThat(shop.get(pathOf(other)).body().get("document").isNull()).isTrue();
    }

    @Test
    void aSoftDeletedClientDoesNotBlockANewOneButCannotBeRestoredOverIt() {
        JsonNode old = register(shop, withDocument("Constructora Andina", "RUC", COMPANY_RUC));
        assertThat(shop.delete(pathOf(old)).status()).isEqualTo(204);
        JsonNode successor = register(shop, withDocument("Constructora Andina SAC", "RUC", COMPANY_RUC));

        var restore = shop.post(pathOf(old) + "/restore", null);

        assertThat(restore.status()).isEqualTo(409);
        assertThat(restore.code()).isEqualTo("DUPLICATE_DOCUMENT");
        assertThat(restore.body().get("existing_client_id").stringValue()).isEqualTo(idOf(successor));
        assertThat(shop.get(pathOf(old)).status()).isEqualTo(404);
        assertThat(ids(list(shop, "deleted", "only"))).containsExactly(idOf(old));
    }

    @Test
    void refusesADuplicateExternalCodeOnCreateUpdateAndRestore() {
        JsonNode holder = register(shop, json("name", "Cliente ERP", "external_code", "ERP-100"));
        JsonNode other = register(shop, named("Otro Cliente"));

        var created = shop.post(CLIENTS, json("name", "Copia", "external_code", "ERP-100"));
        var updated = shop.patch(pathOf(other), "{\"external_code\": \"ERP-100\"}");
        assertThat(shop.delete(pathOf(holder)).status()).isEqualTo(204);
        JsonNode successor = register(shop, json("name", "Sucesor", "external_code", "ERP-100"));
        var restored = shop.post(pathOf(holder) + "/restore", null);

        assertThat(created.status()).isEqualTo(409);
        assertThat(created.code()).isEqualTo("DUPLICATE_EXTERNAL_CODE");
        assertThat(created.body().get("existing_client_id").stringValue()).isEqualTo(idOf(holder));
        assertThat(updated.status()).isEqualTo(409);
        assertThat(updated.code()).isEqualTo("DUPLICATE_EXTERNAL_CODE");
        assertThat(restored.status()).isEqualTo(409);
        assertThat(restored.code()).isEqualTo("DUPLICATE_EXTERNAL_CODE");
        assertThat(restored.body().get("existing_client_id").stringValue()).isEqualTo(idOf(successor));
    }

    @Test
    void aWarnTenantStoresAnInvalidNumberAndSaysWhatIsWrong() {
        var switched = shop.patch("/api/v1/tenant", "{\"settings\": {\"document_validation\": \"WARN\"}}");
        assertThat(switched.status()).as(switched.toString()).isEqualTo(200);

        var response = shop.post(CLIENTS, withDocument("Empresa Dudosa", "RUC", RUC_WITH_WRONG_CHECK_DIGIT));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.body().get("document").get("number").stringValue()).isEqualTo(RUC_WITH_WRONG_CHECK_DIGIT);
        assertThat(response.body().get("warnings")).anySatisfy(w -> {
            assertThat(w.get("field").stringValue()).isEqualTo("document.number");
            assertThat(w.get("code").stringValue()).isEqualTo("invalid_check_digit");
        });
        JsonNode stored = shop.get(pathOf(response.body())).body();
        assertThat(stored.get("document").get("number").stringValue()).isEqualTo(RUC_WITH_WRONG_CHECK_DIGIT);
    }
}
