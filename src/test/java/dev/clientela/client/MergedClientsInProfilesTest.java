package dev.clientela.client;

import static dev.clientela.client.MergeScenarioTest.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** An old front end that still holds a merged client's id, number or document reaches the survivor. */
class MergedClientsInProfilesTest extends ApiTest {

    @Test
    void everyProfileResolvesAMergedIdOrNumberToTheSurvivor() {
        Api shop = api.as(openTenant("Perfiles", "PE"));
        String survivor = id(shop.post("/api/v1/clients", "{\"name\": \"Cliente Sobreviviente\"}"));
        JsonNode merged = shop.post("/api/v1/clients", "{\"name\": \"Cliente Fusionado\"}")
                .body();
        String mergedId = merged.get("id").stringValue();
        long mergedNumber = merged.get("number").longValue();
        assertThat(shop.post("/api/v1/clients/" + survivor + "/merge", "{\"clients\": [\"%s\"]}".formatted(mergedId))
                        .status())
                .isEqualTo(201);

        assertResolved(shop.get("/compat/credith/api/clients/" + mergedId));
        assertResolved(shop.get("/compat/oficina/billing/customers/" + mergedId));
        assertResolved(shop.get("/compat/inventario/api/clientes/" + mergedNumber));
        String tenantNumber =
                String.valueOf(shop.get("/api/v1/tenant").body().get("number").longValue());
        assertResolved(shop.with("tenant", tenantNumber).get("/compat/geotareas/apidev/v1/clients/" + mergedNumber));
        assertResolved(shop.get("/compat/facturacion-pe/api/v1/clients/" + mergedNumber));
        Response updated = shop.put("/compat/credith/api/clients/" + mergedId, "{\"address\": \"Av. Sol 1\"}");
        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        assertThat(shop.get("/api/v1/clients/" + survivor)
                        .body()
                        .at("/address/line")
                        .stringValue())
                .isEqualTo("Av. Sol 1");
        assertThat(shop.get("/compat/inventario/api/clientes?busqueda=fusionado")
                        .text())
                .doesNotContain("Fusionado");
    }

    @Test
    void aMergedClientsDocumentFindsTheSurvivorsPlan() {
        Api shop = api.as(openTenant("Créditos", "HN"));
        String survivor = id(shop.post("/api/v1/clients", "{\"name\": \"Marta Reyes\"}"));
        String merged = shop.post("/compat/credith/api/clients", "{\"name\": \"Marta R.\", \"dni\": \"0801199012345\"}")
                .body()
                .at("/client/clientId")
                .stringValue();
        assertThat(shop.post("/api/v1/bills", """
                {"payment_type": "INSTALLMENT", "client_id": "%s", "months": 2, "payment_day": 10, "starting_date": "2028-01-10",
                 "lines": [{"description": "Moto", "quantity": 1, "unit_price": 1000}]}""".formatted(merged)).status()).isEqualTo(201);
        assertThat(shop.post("/api/v1/clients/" + survivor + "/merge", "{\"clients\": [\"%s\"]}".formatted(merged))
                        .status())
                .isEqualTo(201);

        Response plan = shop.get("/compat/credith/api/payment-plan/0801199012345");

        assertThat(plan.status()).as(plan.text()).isEqualTo(200);
        assertThat(plan.body().at("/paymentPlan/clientId").stringValue()).isEqualTo(survivor);
    }

    private static void assertResolved(Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.text()).contains("Cliente Sobreviviente").doesNotContain("Fusionado");
    }
}
