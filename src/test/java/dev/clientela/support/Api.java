package dev.clientela.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the tests: real requests to the running service. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final Map<String, String> headers;
    private final boolean hostile;

    public Api(String base) {
        this(base, Map.of(), false);
    }

    private Api(String base, Map<String, String> headers, boolean hostile) {
        this.base = base;
        this.headers = headers;
        this.hostile = hostile;
    }

    /**
     * The same client, for tests that send on purpose what no API document describes (hostile bodies,
     * fuzzed parameters): the service's answers are still held to the {@link Contract}, its requests are not.
     */
    public Api hostile() {
        return new Api(base, headers, true);
    }

    /** The same client sending {@code Authorization: Bearer <key>}. */
    public Api as(String key) {
        return with("Authorization", "Bearer " + key);
    }

    public Api with(String header, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(header, value);
        return new Api(base, more, hostile);
    }

    /** The id of the tenant this client's key belongs to, as the tenant endpoint answers it. */
    public UUID tenantId() {
        return UUID.fromString(get("/api/v1/tenant").body().get("id").stringValue());
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response post(String path, String json) {
        return send("POST", path, json);
    }

    public Response put(String path, String json) {
        return send("PUT", path, json);
    }

    public Response patch(String path, String json) {
        return send("PATCH", path, json);
    }

    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    /** A POST of raw bytes, such as a file in another encoding than UTF-8. */
    public Response postBytes(String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", contentType);
        headers.forEach(request::header);
        // the file's bytes are not JSON the contract could read; the answer is still held to it
        return exchange(request, "POST", path, null, false);
    }

    public Response send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return exchange(request, method, path, body, !hostile);
    }

    private Response exchange(
            HttpRequest.Builder request, String method, String path, String body, boolean checkRequest) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Response r = new Response(response.statusCode(), response.headers().map(), response.body());
            Contract.check(method, path, headers, checkRequest ? body : null, r, checkRequest);
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code text} as a JSON string literal, whatever characters it holds. */
    public static String jsonString(String text) {
        return JSON.writeValueAsString(text);
    }

    public static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    /** A response: status, headers and the body, parsed when it is JSON. */
    public record Response(int status, Map<String, java.util.List<String>> headers, String text) {

        public JsonNode body() {
            return text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst())
                    .findFirst()
                    .orElse(null);
        }

        /** The problem's stable code, for error responses. */
        public String code() {
            return body().path("code").asString(null);
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }
}
