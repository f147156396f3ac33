package dev.clientela.compat.geotareas;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import dev.clientela.web.ProblemDialect;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * GeoTareas' error envelope, {@code {success: false, error: {code, message, details?}}}, with the
 * codes and statuses of its documentation: invalid input is a 400 {@code VALIDATION_ERROR} (a
 * duplicate document too, since the seed has no conflict code), limits a 429 with Retry-After.
 */
@Component
class GeoTareasDialect implements ProblemDialect {

    static final String BASE = "/compat/geotareas";

    private final JsonMapper json;

    GeoTareasDialect(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean speaksFor(String path) {
        return ProblemDialect.under(path, BASE);
    }

    @Override
    public void write(HttpServletResponse response, ApiProblem problem) throws IOException {
        Seen seen = seen(problem);
        if (problem instanceof RateLimited limited) {
            response.setHeader("Retry-After", String.valueOf(limited.retryAfterSeconds()));
        }
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", seen.code());
        error.put("message", problem instanceof GeoTareasProblem ? problem.getMessage() : seen.message());
        List<Map<String, String>> details = details(problem);
        if (!details.isEmpty()) {
            error.put("details", details);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", false);
        body.put("error", error);
        response.setStatus(seen.status());
        response.setContentType("application/json");
        json.writeValue(response.getOutputStream(), body);
    }

    /** Status, code and message as a GeoTareas client knows them. */
    private record Seen(int status, String code, String message) {}

    private static Seen seen(ApiProblem problem) {
        ErrorCode code = problem.code();
        return switch (code) {
            case VALIDATION_ERROR, IDEMPOTENCY_KEY_REUSED -> new Seen(400, "VALIDATION_ERROR", "Invalid parameters");
            case DUPLICATE_DOCUMENT, DUPLICATE_EXTERNAL_CODE, CONFLICT ->
                new Seen(400, "VALIDATION_ERROR", "Invalid parameters");
            case BAD_REQUEST -> new Seen(400, "BAD_REQUEST", problem.getMessage());
            case UNAUTHORIZED -> new Seen(401, "UNAUTHORIZED", "Invalid or expired JWT / API Key");
            case FORBIDDEN -> new Seen(403, "FORBIDDEN", "User lacks required permission");
            case NOT_FOUND -> new Seen(404, "NOT_FOUND", "Resource not found");
            case RATE_LIMITED -> new Seen(429, "RATE_LIMITED", "Too many requests");
            case INTERNAL_ERROR -> new Seen(500, "INTERNAL_ERROR", "Unexpected server error");
            case SERVICE_UNAVAILABLE -> new Seen(503, "INTERNAL_ERROR", "Service temporarily unavailable; retry");
            // Refusals the seed never documented keep their HTTP status under its BAD_REQUEST code.
            default -> new Seen(code.status(), "BAD_REQUEST", problem.getMessage());
        };
    }

    private static List<Map<String, String>> details(ApiProblem problem) {
        return switch (problem.code()) {
            case DUPLICATE_DOCUMENT ->
                List.of(detail("document", "duplicate", "another client already has this document"));
            case DUPLICATE_EXTERNAL_CODE ->
                List.of(detail("external_code", "duplicate", "another client already has this external code"));
            default ->
                problem.errors().stream()
                        .map(e -> detail(GeoClientFields.seedName(e.field()), e.code(), e.message()))
                        .distinct()
                        .toList();
        };
    }

    private static Map<String, String> detail(String field, String code, String message) {
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("field", field);
        detail.put("code", code);
        detail.put("message", message);
        return detail;
    }
}
