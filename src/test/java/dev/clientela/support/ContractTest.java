package dev.clientela.support;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract check itself: what the document does not list fails, naming the operation and the mismatch. */
class ContractTest {

    private static final String TENANT = """
            {"id": "01a23132-17d4-74ab-9f6e-af624be042c6", "number": 2, "name": "Bodega Lucía", "country": "PE",
             "tax_id": null, "settings": {"document_validation": "STRICT", "tax_rate": null}, "version": 1,
             "created_at": "2026-12-01T10:41:36.214264Z", "updated_at": "2026-12-01T10:41:36.214264Z"}""";

    @Test
    void aDocumentedAnswerPasses() {
        assertThatCode(() -> check("GET", "/api/v1/tenant", null, answer(200, TENANT)))
                .doesNotThrowAnyException();
    }

    @Test
    void anUndocumentedFieldFails() {
        String more = TENANT.replace("\"number\": 2,", "\"number\": 2, \"plan\": \"gold\",");

        assertThatThrownBy(() -> check("GET", "/api/v1/tenant", null, answer(200, more)))
                .hasMessageContaining("operation getTenant")
                .hasMessageContaining("'plan'");
    }

    @Test
    void anUndocumentedStatusFails() {
        assertThatThrownBy(() -> check("GET", "/api/v1/tenant", null, answer(418, "{}")))
                .hasMessageContaining("418");
    }

    @Test
    void anUndocumentedHeaderFails() {
        Api.Response withEtag = new Api.Response(
                200, Map.of("Content-Type", List.of("application/json"), "ETag", List.of("\"1\"")), TENANT);

        assertThatThrownBy(() -> check("GET", "/api/v1/tenant", null, withEtag)).hasMessageContaining("ETag");
    }

    @Test
    void anAcceptedRequestTheDocumentDoesNotDescribeFails() {
        assertThatThrownBy(() -> check("PATCH", "/api/v1/tenant", "{\"colour\": \"red\"}", answer(200, TENANT)))
                .hasMessageContaining("operation updateTenant")
                .hasMessageContaining("colour");
    }

    @Test
    void aSuccessOnARouteTheDocumentLacksFails() {
        assertThatThrownBy(() -> check("GET", "/api/v1/tenant-secrets", null, answer(200, "{}")))
                .hasMessageContaining("does not have");
        assertThatCode(() -> check("GET", "/api/v1/tenant-secrets", null, answer(404, "{}")))
                .doesNotThrowAnyException();
    }

    private static void check(String method, String path, String body, Api.Response response) {
        Contract.check(method, path, Map.of(), body, response, true);
    }

    private static Api.Response answer(int status, String body) {
        return new Api.Response(status, Map.of("Content-Type", List.of("application/json")), body);
    }
}
