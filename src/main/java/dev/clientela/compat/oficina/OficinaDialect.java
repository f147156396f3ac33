package dev.clientela.compat.oficina;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import dev.clientela.web.FieldError;
import dev.clientela.web.MalformedRequest;
import dev.clientela.web.ProblemDialect;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * NestJS's error body, {@code {statusCode, message, error}}: validation messages as an array of
 * class-validator sentences, a duplicate NIT as 400 like the seed, a customer with invoices as 409.
 */
@Component
class OficinaDialect implements ProblemDialect {

    static final String BASE = "/compat/oficina";

    private final JsonMapper json;

    OficinaDialect(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean speaksFor(String path) {
        return ProblemDialect.under(path, BASE);
    }

    @Override
    public void write(HttpServletResponse response, ApiProblem problem) throws IOException {
        int status = status(problem.code());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("statusCode", status);
        body.put("message", message(problem));
        body.put("error", reason(status));
        response.setStatus(status);
        response.setContentType("application/json");
        json.writeValue(response.getOutputStream(), body);
    }

    private static int status(ErrorCode code) {
        return switch (code) {
            case VALIDATION_ERROR, DUPLICATE_DOCUMENT, DUPLICATE_EXTERNAL_CODE, IDEMPOTENCY_KEY_REUSED -> 400;
            default -> code.status();
        };
    }

    private static Object message(ApiProblem problem) {
        if (problem instanceof OficinaProblem || problem instanceof MalformedRequest) {
            return problem.getMessage();
        }
        return switch (problem.code()) {
            case VALIDATION_ERROR -> validationMessages(problem.errors());
            case DUPLICATE_DOCUMENT -> "Ya existe un cliente con ese NIT";
            case DUPLICATE_EXTERNAL_CODE -> "Ya existe un cliente con ese código externo";
            case CLIENT_HAS_RECORDS ->
                "El cliente tiene facturas u otros registros asociados y no puede eliminarse; márquelo INACTIVE";
            case UNAUTHORIZED -> "Unauthorized";
            case FORBIDDEN -> "Forbidden resource";
            case NOT_FOUND -> "Cannot find the requested resource";
            case BAD_REQUEST -> "Invalid JSON in request body";
            case PAYLOAD_TOO_LARGE -> "request entity too large";
            case URI_TOO_LONG -> "URI too long";
            case REQUEST_HEADERS_TOO_LARGE -> "request header fields too large";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json";
            case METHOD_NOT_ALLOWED -> "Method not allowed";
            case SERVICE_UNAVAILABLE -> "Servicio no disponible; intente de nuevo";
            case INTERNAL_ERROR -> "Internal server error";
            default -> problem.code().title();
        };
    }

    /** Canonical field paths back to the seed's names, each message once, as class-validator words them. */
    private static List<String> validationMessages(List<FieldError> errors) {
        Set<String> messages = new LinkedHashSet<>();
        for (FieldError error : errors) {
            String field = CustomerFields.seedName(error.field());
            messages.add(field.isEmpty() ? error.message() : field + " " + error.message());
        }
        return List.copyOf(messages);
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 412 -> "Precondition Failed";
            case 413 -> "Payload Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Entity";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Bad Request";
        };
    }
}
