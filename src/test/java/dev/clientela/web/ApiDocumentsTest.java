package dev.clientela.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The OpenAPI documents as an integrator finds them: the canonical API first, each profile beside it. */
class ApiDocumentsTest extends ApiTest {

    @Test
    void theDefaultDocumentIsTheCanonicalApiTaggedByFeature() {
        JsonNode document = api.get("/v3/api-docs").body();

        List<String> tags = new ArrayList<>();
        document.get("tags").forEach(tag -> {
            tags.add(tag.get("name").stringValue());
            assertThat(tag.get("description").stringValue()).as(tag.toString()).isNotBlank();
        });
        assertThat(tags).containsSubsequence("Tenants and keys", "Clients", "Documents", "Sales", "Credit", "History");
        assertThat(document.get("paths").propertyNames()).allMatch(path -> path.startsWith("/api/v1/"));
    }

    @Test
    void everyOperationHasATagASummaryAndItsErrors() {
        JsonNode paths = api.get("/v3/api-docs").body().get("paths");

        paths.properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    String name = operation.getKey() + " " + path.getKey();
                    JsonNode op = operation.getValue();
                    assertThat(op.get("tags")).as(name).hasSize(1);
                    assertThat(op.get("summary").stringValue()).as(name).isNotBlank();
                    assertThat(op.get("responses").propertyNames()).as(name).contains("401", "403", "429");
                }));
    }

    @Test
    void aRequestBodyHasATypedSchemaAndAnExample() {
        JsonNode register = api.get("/v3/api-docs").body().at("/paths/~1api~1v1~1clients/post/requestBody/content");
        JsonNode patch = api.get("/v3/api-docs").body().at("/paths/~1api~1v1~1clients~1{id}/patch/requestBody/content");

        assertThat(register.at("/application~1json/schema/$ref").stringValue())
                .isEqualTo("#/components/schemas/NewClient");
        assertThat(register.at("/application~1json/example/name").stringValue()).isNotBlank();
        assertThat(patch.propertyNames()).contains("application/merge-patch+json", "application/json");
    }

    @Test
    void eachProfileIsADocumentOfItsOwn() {
        for (String profile : List.of("credith", "facturacion-pe", "geotareas", "inventario", "oficina")) {
            var response = api.get("/v3/api-docs/" + profile);

            assertThat(response.status()).as(profile).isEqualTo(200);
            assertThat(response.body().get("paths").propertyNames())
                    .as(profile)
                    .isNotEmpty()
                    .allMatch(path -> path.startsWith("/compat/"));
        }
        assertThat(api.get("/v3/api-docs/nonesuch").status()).isEqualTo(404);
    }

    @Test
    void swaggerUiOffersTheCanonicalApiFirstAndEveryProfile() {
        String page = api.get("/swagger-ui.html").text();
        String documents = api.get("/swagger-ui/documents.js").text();

        assertThat(page).contains("swagger-ui-bundle.js", "/swagger-ui/documents.js");
        assertThat(documents.indexOf("/v3/api-docs\""))
                .isGreaterThan(0)
                .isLessThan(documents.indexOf("/v3/api-docs/credith"));
        assertThat(documents).contains("/v3/api-docs/facturacion-pe", "/v3/api-docs/oficina");
        assertThat(api.get("/webjars/swagger-ui/swagger-ui-bundle.js").status()).isEqualTo(200);
    }
}
