package dev.clientela.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a platform team reads: JSON log lines that say which request, tenant and key each belongs to
 * (never the key itself), and Prometheus metrics for requests by route and status, the connection
 * pool and refused budgets.
 */
@ExtendWith(OutputCaptureExtension.class)
// JSON logging is JVM-wide: closing this context gives the tests after it their plain log lines back.
@DirtiesContext
@TestPropertySource(
        properties = {
            "logging.structured.format.console=ecs",
            "clientela.rate-limits.enabled=true",
            "clientela.rate-limits.roles.VIEWER.reads-per-period=2"
        })
class ObservabilityTest extends ApiTest {

    /** Spring Boot hands the format to the logging system as a system property, which outlives the context. */
    @AfterAll
    static void plainLogsForTheTestsAfterThis() {
        System.clearProperty("CONSOLE_LOG_STRUCTURED_FORMAT");
    }

    @Test
    void aRefusedRequestIsLoggedAsJsonWithItsRequestTenantAndKeyButNotTheKey(CapturedOutput output) {
        String admin = openTenant("Tienda Observada", "PE");
        String viewerKey = keyWithRole(admin, "VIEWER");
        Api viewer = api.as(viewerKey).with("X-Request-Id", "obs-req-42");
        viewer.get("/api/v1/clients");
        viewer.get("/api/v1/clients");
        Response refused = viewer.get("/api/v1/clients");
        assertThat(refused.status()).isEqualTo(429);

        JsonNode line = output.toString()
                .lines()
                .filter(l -> l.startsWith("{") && l.contains("Refused with 429"))
                .map(l -> JsonMapper.builder().build().readTree(l))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no JSON line for the refusal in:\n" + output));
        String tenantId = api.as(admin).tenantId().toString();
        assertThat(line.toString()).contains("obs-req-42").contains(tenantId).contains("key_id");
        assertThat(output.toString()).doesNotContain(viewerKey);
    }

    @Test
    void prometheusShowsRequestsByRouteAndStatusThePoolAndRefusedBudgets() {
        String admin = openTenant("Tienda Medida", "PE");
        Api viewer = api.as(keyWithRole(admin, "VIEWER"));
        for (int i = 0; i < 3; i++) {
            viewer.get("/api/v1/clients");
        }

        String metrics = api.get("/actuator/prometheus").text();

        assertThat(metrics)
                .containsPattern(
                        "http_server_requests_seconds_count\\{[^}]*status=\"200\"[^}]*uri=\"/api/v1/clients\"");
        // refused before a route is chosen, so counted without one; the refusals have their own counter
        assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"429\"");
        assertThat(metrics).contains("hikaricp_connections_pending{pool=\"clientela\"");
        assertThat(metrics).contains("hikaricp_connections_active{pool=\"clientela\"");
        assertThat(metrics).containsPattern("clientela_rate_limit_refusals_total\\{budget=\"read\"[^}]*} [1-9]");
    }
}
