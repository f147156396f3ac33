package dev.clientela.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.ApiTest;
import dev.clientela.support.Contract;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** One test per row of the error table in DESIGN.md, each checking the problem body it gets. */
class ProblemResponseTest extends ApiTest {

    private static final long ONE_MIB = 1024 * 1024;

    @LocalServerPort
    int serverPort;

    private String admin;

    @BeforeEach
    void openTenant() {
        admin = openTenant("Problemas SRL", "PE");
    }

    @Test
    void malformedJsonIsABadRequest() {
        var response = api.as(admin).post("/api/v1/api-keys", "{\"name\": \"Caja\", \"role\": ");

        assertProblem(response, 400, "BAD_REQUEST");
    }

    @Test
    void aRequestWithoutKeyIsUnauthorized() {
        assertProblem(api.get("/api/v1/api-keys"), 401, "UNAUTHORIZED");
    }

    @Test
    void aRoleThatMayNotIsForbidden() {
        String viewer = keyWithRole(admin, "VIEWER");

        assertProblem(api.as(viewer).get("/api/v1/api-keys"), 403, "FORBIDDEN");
    }

    @Test
    void anUnknownRouteIsNotFound() {
        assertProblem(api.as(admin).get("/api/v1/no-such-thing"), 404, "NOT_FOUND");
    }

    @Test
    void anIdThatIsNotAUuidIsNotFound() {
        assertProblem(api.as(admin).delete("/api/v1/api-keys/123"), 404, "NOT_FOUND");
    }

    @Test
    void aMethodTheRouteDoesNotHaveIsNotAllowedAndTheAllowedOnesAreNamed() {
        var response = api.as(admin).put("/api/v1/tenant", "{\"name\":\"Otra\"}");

        assertProblem(response, 405, "METHOD_NOT_ALLOWED");
        assertThat(response.header("Allow")).contains("GET").contains("PATCH");
    }

    @Test
    void askingForHtmlIsNotAcceptableAndStillAnswersWithAProblem() {
        var response = api.as(admin).with("Accept", "text/html").get("/api/v1/tenant");

        assertProblem(response, 406, "NOT_ACCEPTABLE");
    }

    @Test
    void aBodyDeclaredOverOneMebibyteIsTooLarge() {
        var response = api.as(admin).post("/api/v1/api-keys", keyRequestOver(ONE_MIB));

        assertProblem(response, 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aChunkedBodyThatGrowsOverOneMebibyteIsTooLarge() {
        var response = sendChunked("/api/v1/api-keys", keyRequestOver(ONE_MIB));

        assertProblem(response, 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aChunkedBodyUnderTheLimitIsAccepted() {
        var response = sendChunked("/api/v1/api-keys", "{\"name\":\"Caja chunked\",\"role\":\"VIEWER\"}");

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        var response =
                api.as(admin).with("Content-Type", "text/plain").post("/api/v1/api-keys", "name=Caja&role=VIEWER");

        assertProblem(response, 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void invalidValuesAreAValidationErrorListingEachField() {
        var response = api.as(admin).post("/api/v1/api-keys", "{\"name\":\"\",\"role\":\"KING\"}");

        assertProblem(response, 422, "VALIDATION_ERROR");
        JsonNode error = response.body().get("errors").get(0);
        assertThat(error.has("field")).isTrue();
        assertThat(error.has("code")).isTrue();
        assertThat(error.has("message")).isTrue();
        assertThat(response.body().get("errors")).hasSize(2);
    }

    @Test
    void theCallersRequestIdIsEchoedAndPutInTheProblem() {
        var response = api.with("X-Request-Id", "till-7.request-42").get("/api/v1/tenant");

        assertThat(response.header("X-Request-Id")).isEqualTo("till-7.request-42");
        assertThat(response.body().get("request_id").stringValue()).isEqualTo("till-7.request-42");
    }

    @Test
    void aSuccessfulResponseCarriesARequestIdToo() {
        var echoed = api.as(admin).with("X-Request-Id", "ok-1").get("/api/v1/tenant");
        var generated = api.as(admin).get("/api/v1/tenant");

        assertThat(echoed.header("X-Request-Id")).isEqualTo("ok-1");
        assertThat(generated.header("X-Request-Id")).isNotBlank();
    }

    @Test
    void aRequestIdThatIsNotASaneTokenIsReplaced() {
        var response = api.with("X-Request-Id", "bad id; drop table").get("/api/v1/tenant");

        assertThat(response.header("X-Request-Id")).isNotBlank().isNotEqualTo("bad id; drop table");
        assertThat(response.body().get("request_id").stringValue()).isEqualTo(response.header("X-Request-Id"));
    }

    /** A syntactically plausible body, so that a parser keeps reading until the limit stops it. */
    private static String keyRequestOver(long bytes) {
        return "{\"role\":\"VIEWER\",\"name\":\"" + "x".repeat((int) bytes + 1024) + "\"}";
    }

    private Api.Response sendChunked(String path, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + serverPort + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                // an input stream has no known length, so the body goes out chunked
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();
        try (HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Api.Response answer =
                    new Api.Response(response.statusCode(), response.headers().map(), response.body());
            Contract.check("POST", path, Map.of("Content-Type", "application/json"), json, answer, true);
            return answer;
        } catch (IOException e) {
            throw new AssertionError("The server should answer, not drop the connection", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static void assertProblem(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.body();
        assertThat(problem.get("type").stringValue()).isNotBlank();
        assertThat(problem.get("title").stringValue()).isNotBlank();
        assertThat(problem.get("status").intValue()).isEqualTo(status);
        assertThat(problem.get("detail").stringValue()).isNotBlank();
        assertThat(problem.get("code").stringValue()).isEqualTo(code);
        assertThat(problem.get("request_id").stringValue()).isNotBlank().isEqualTo(response.header("X-Request-Id"));
    }
}
