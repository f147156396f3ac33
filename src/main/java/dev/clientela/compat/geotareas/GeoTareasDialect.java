package dev.clientela.compat.geotareas;

import static dev.clientela.web.ErrorCode.*;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.clientela.compat.ErrorTable;
import dev.clientela.compat.FieldNames;
import dev.clientela.compat.Profile;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.FieldError;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * GeoTareas' error envelope, {@code {success: false, error: {code, message, details?}}}, with the
 * codes and statuses of its documentation: invalid input is a 400 {@code VALIDATION_ERROR} (a
 * duplicate document too, since the seed has no conflict code), limits a 429 with Retry-After.
 * Refusals the seed never documented keep their HTTP status under its BAD_REQUEST code.
 */
@Component
class GeoTareasDialect extends Profile {

    static final String BASE = "/compat/geotareas";

    static final ErrorTable ERRORS = ErrorTable.otherwise(ApiProblem::getMessage)
            .otherCode("BAD_REQUEST")
            .answer(
                    400,
                    "VALIDATION_ERROR",
                    "Invalid parameters",
                    VALIDATION_ERROR,
                    IDEMPOTENCY_KEY_REUSED,
                    DUPLICATE_DOCUMENT,
                    DUPLICATE_EXTERNAL_CODE,
                    CONFLICT)
            .answer(401, "UNAUTHORIZED", "Invalid or expired JWT / API Key", UNAUTHORIZED)
            .answer(403, "FORBIDDEN", "User lacks required permission", FORBIDDEN)
            .answer(404, "NOT_FOUND", "Resource not found", NOT_FOUND)
            .answer(429, "RATE_LIMITED", "Too many requests", RATE_LIMITED)
            .answer(500, "INTERNAL_ERROR", "Unexpected server error", INTERNAL_ERROR)
            .answer(503, "INTERNAL_ERROR", "Service temporarily unavailable; retry", SERVICE_UNAVAILABLE);

    /** Canonical field paths in the seed's words: {@code address.postal_code} is {@code zip_code}. */
    static final FieldNames NAMES = FieldNames.of(Map.of(
                    "legal_name", "business_name",
                    "document", "document",
                    "document.type", "document_type",
                    "address.postal_code", "zip_code",
                    "q", "search"))
            .flattening("address.", "metadata." + GeoClientFields.METADATA_PREFIX);

    GeoTareasDialect(JsonMapper json) {
        super(BASE, ERRORS, NAMES, json);
    }

    @Override
    protected void headers(HttpServletResponse response, ApiProblem problem) {
        if (problem instanceof TenantGate.RateLimited limited) {
            response.setHeader("Retry-After", String.valueOf(limited.retryAfterSeconds()));
        }
    }

    @Override
    protected Object body(ErrorTable.Answer answer, ApiProblem problem) {
        return new Refused(false, new Refused.Problem(answer.code(), answer.message(), details(answer, problem)));
    }

    record Refused(boolean success, Problem error) {
        record Problem(
                String code,
                Object message,
                @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FieldError> details) {}
    }

    /** Each field error once, named as the seed names its fields. */
    private static List<FieldError> details(ErrorTable.Answer answer, ApiProblem problem) {
        return switch (problem.code()) {
            case DUPLICATE_DOCUMENT ->
                List.of(new FieldError("document", "duplicate", "another client already has this document"));
            case DUPLICATE_EXTERNAL_CODE ->
                List.of(new FieldError("external_code", "duplicate", "another client already has this external code"));
            default -> answer.errors();
        };
    }
}
