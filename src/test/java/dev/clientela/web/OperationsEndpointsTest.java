package dev.clientela.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What operators and integrators reach without an API key: health probes and the API's documentation. */
class OperationsEndpointsTest extends ApiTest {

    @Test
    void healthAnswersWithoutAKey() {
        var response = api.get("/actuator/health");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("status").stringValue()).isEqualTo("UP");
    }

    @Test
    void livenessAnswersWithoutAKey() {
        var response = api.get("/actuator/health/liveness");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("status").stringValue()).isEqualTo("UP");
    }

    @Test
    void readinessAnswersWithoutAKey() {
        var response = api.get("/actuator/health/readiness");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("status").stringValue()).isEqualTo("UP");
    }

    @Test
    void theOpenApiDocumentIsVersion30AndDescribesTheApi() {
        var response = api.get("/v3/api-docs");

        assertThat(response.status()).isEqualTo(200);
        JsonNode document = response.body();
        // 3.0: the version the request validator, the client generators and the linter all read fully
        assertThat(document.get("openapi").stringValue()).startsWith("3.0");
        assertThat(document.get("info").get("title").stringValue()).isEqualTo("Clientela");
        assertThat(document.get("paths").propertyNames())
                .contains("/api/v1/tenant", "/api/v1/tenants", "/api/v1/api-keys", "/api/v1/api-keys/{id}");
    }

    @Test
    void theOpenApiDocumentDescribesBothWaysOfSendingAKey() {
        JsonNode document = api.get("/v3/api-docs").body();

        JsonNode schemes = document.get("components").get("securitySchemes");
        assertThat(schemes.get("bearer").get("type").stringValue()).isEqualTo("http");
        assertThat(schemes.get("bearer").get("scheme").stringValue()).isEqualTo("bearer");
        assertThat(schemes.get("apiKey").get("type").stringValue()).isEqualTo("apiKey");
        assertThat(schemes.get("apiKey").get("in").stringValue()).isEqualTo("header");
        assertThat(schemes.get("apiKey").get("name").stringValue()).isEqualTo("X-API-Key");
        assertThat(document.get("security").findValues("bearer")).isNotEmpty();
        assertThat(document.get("security").findValues("apiKey")).isNotEmpty();
    }

    @Test
    void theSwaggerUiAnswersWithoutAKey() {
        var response = api.get("/swagger-ui.html");
        for (int hops = 0; hops < 3 && response.status() / 100 == 3; hops++) {
            response = api.get(response.header("Location").replaceFirst("^https?://[^/]+", ""));
        }

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).containsIgnoringCase("swagger");
    }
}
