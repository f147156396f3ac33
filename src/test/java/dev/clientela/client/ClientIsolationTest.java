package dev.clientela.client;

import static dev.clientela.client.ClientData.COMPANY_RUC;
import static dev.clientela.client.ClientData.json;
import static dev.clientela.client.ClientData.withDocument;
import static dev.clientela.client.ClientRequests.CLIENTS;
import static dev.clientela.client.ClientRequests.idOf;
import static dev.clientela.client.ClientRequests.ids;
import static dev.clientela.client.ClientRequests.list;
import static dev.clientela.client.ClientRequests.pathOf;
import static dev.clientela.client.ClientRequests.register;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Two shops in the same country keep the same company as a client; neither ever sees the other's record. */
class ClientIsolationTest extends ApiTest {

    private Api limaShop;
    private Api cuscoShop;
    private JsonNode limaClient;
    private JsonNode cuscoClient;

    @BeforeEach
    void twoShopsWithTheSameClient() {
        limaShop = api.as(openTenant("Ferretería Lima", "PE"));
        cuscoShop = api.as(openTenant("Ferretería Cusco", "PE"));
        limaClient = register(
                limaShop,
                json(
                        "name", "Constructora Andina SAC",
                        "document", java.util.Map.of("type", "RUC", "number", COMPANY_RUC),
                        "email", "compras@andina.pe",
                        "external_code", "ERP-001"));
        cuscoClient = register(
                cuscoShop,
                json(
                        "name", "Constructora Andina SAC",
                        "document", java.util.Map.of("type", "RUC", "number", COMPANY_RUC),
                        "email", "compras@andina.pe",
                        "external_code", "ERP-001"));
    }

    @Test
    void theSameDocumentAndExternalCodeAreRegisteredInEachTenant() {
        assertThat(idOf(limaClient)).isNotEqualTo(idOf(cuscoClient));
        assertThat(limaClient.get("number").longValue()).isEqualTo(1);
        assertThat(cuscoClient.get("number").longValue()).isEqualTo(1);
    }

    @Test
    void aTenantCannotReadAnotherTenantsClient() {
        var response = cuscoShop.get(pathOf(limaClient));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("NOT_FOUND");
        assertThat(response.text()).doesNotContain("Andina");
    }

    @Test
    void aTenantListsAndFindsOnlyItsOwnClients() {
        assertThat(ids(list(cuscoShop))).containsExactly(idOf(cuscoClient));
        assertThat(ids(list(cuscoShop, "q", "andina"))).containsExactly(idOf(cuscoClient));
        assertThat(ids(list(cuscoShop, "q", COMPANY_RUC))).containsExactly(idOf(cuscoClient));
        assertThat(ids(list(cuscoShop, "q", "compras@andina.pe"))).containsExactly(idOf(cuscoClient));
        assertThat(ids(list(cuscoShop, "document_number", COMPANY_RUC))).containsExactly(idOf(cuscoClient));
        assertThat(ids(list(cuscoShop, "external_code", "ERP-001"))).containsExactly(idOf(cuscoClient));
        assertThat(ids(list(cuscoShop, "number", "1"))).containsExactly(idOf(cuscoClient));
        assertThat(list(cuscoShop, "include", "total").get("total").longValue()).isEqualTo(1);
    }

    @Test
    void aTenantCannotChangeAnotherTenantsClient() {
        var patched = cuscoShop.patch(pathOf(limaClient), "{\"name\": \"Robado\"}");
        var put = cuscoShop.put(pathOf(limaClient), "{\"name\": \"Robado\"}");

        assertThat(patched.status()).isEqualTo(404);
        assertThat(put.status()).isEqualTo(404);
        JsonNode untouched = limaShop.get(pathOf(limaClient)).body();
        assertThat(untouched.get("name").stringValue()).isEqualTo("Constructora Andina SAC");
        assertThat(untouched.get("version").longValue()).isEqualTo(1);
    }

    @Test
    void aTenantCannotDeleteAnotherTenantsClient() {
        var softly = cuscoShop.delete(pathOf(limaClient));
        var permanently = cuscoShop.delete(pathOf(limaClient) + "?permanent=true");

        assertThat(softly.status()).isEqualTo(404);
        assertThat(permanently.status()).isEqualTo(404);
        assertThat(limaShop.get(pathOf(limaClient)).status()).isEqualTo(200);
    }

    @Test
    void aTenantCannotSeeOrRestoreAnotherTenantsDeletedClient() {
        assertThat(limaShop.delete(pathOf(limaClient)).status()).isEqualTo(204);

        var restored = cuscoShop.post(pathOf(limaClient) + "/restore", null);

        assertThat(restored.status()).isEqualTo(404);
        assertThat(ids(list(cuscoShop, "deleted", "only"))).isEmpty();
        assertThat(ids(list(limaShop, "deleted", "only"))).containsExactly(idOf(limaClient));
        assertThat(limaShop.get(pathOf(limaClient)).status()).isEqualTo(404);
    }

    @Test
    void deletingInOneTenantLeavesTheOtherTenantsClientAlone() {
        assertThat(limaShop.delete(pathOf(limaClient)).status()).isEqualTo(204);

        assertThat(cuscoShop.get(pathOf(cuscoClient)).status()).isEqualTo(200);
        assertThat(ids(list(cuscoShop, "document_number", COMPANY_RUC))).containsExactly(idOf(cuscoClient));
    }

    @Test
    void aDuplicateInOneTenantIsStillRefused() {
        var duplicate = cuscoShop.post(CLIENTS, withDocument("Otra Constructora", "RUC", COMPANY_RUC));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("DUPLICATE_DOCUMENT");
        assertThat(duplicate.body().get("existing_client_id").stringValue()).isEqualTo(idOf(cuscoClient));
    }
}
