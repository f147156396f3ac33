package dev.clientela.compat.oficina;

import static dev.clientela.web.ErrorCode.*;

import dev.clientela.client.ClientNotFound;
import dev.clientela.compat.ErrorTable;
import dev.clientela.compat.Profile;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.FieldError;
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
class OficinaDialect extends Profile {

    static final String BASE = "/compat/oficina";

    static final ErrorTable ERRORS = ErrorTable.otherwise(p -> p.code().title())
            .status(400, VALIDATION_ERROR, DUPLICATE_DOCUMENT, DUPLICATE_EXTERNAL_CODE, IDEMPOTENCY_KEY_REUSED)
            .malformed(ApiProblem::getMessage)
            .message(VALIDATION_ERROR, p -> validationMessages(p.errors()))
            .message(ClientNotFound.class, "Cliente no encontrado")
            .message(DUPLICATE_DOCUMENT, "Ya existe un cliente con ese NIT")
            .message(DUPLICATE_EXTERNAL_CODE, "Ya existe un cliente con ese código externo")
            .message(
                    CLIENT_HAS_RECORDS,
                    "El cliente tiene facturas u otros registros asociados y no puede eliminarse; márquelo INACTIVE")
            .message(UNAUTHORIZED, "Unauthorized")
            .message(FORBIDDEN, "Forbidden resource")
            .message(NOT_FOUND, "Cannot find the requested resource")
            .message(BAD_REQUEST, "Invalid JSON in request body")
            .message(PAYLOAD_TOO_LARGE, "request entity too large")
            .message(URI_TOO_LONG, "URI too long")
            .message(REQUEST_HEADERS_TOO_LARGE, "request header fields too large")
            .message(UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json")
            .message(METHOD_NOT_ALLOWED, "Method not allowed")
            .message(SERVICE_UNAVAILABLE, "Servicio no disponible; intente de nuevo")
            .message(INTERNAL_ERROR, "Internal server error");

    OficinaDialect(JsonMapper json) {
        super(BASE, ERRORS, json);
    }

    @Override
    protected Object body(ErrorTable.Answer answer, ApiProblem problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("statusCode", answer.status());
        body.put("message", answer.message());
        body.put("error", reason(answer.status()));
        return body;
    }

    /** Canonical field paths back to the seed's names, each message once, as class-validator words them. */
    private static List<String> validationMessages(List<FieldError> errors) {
        Set<String> messages = new LinkedHashSet<>();
        for (FieldError error : CustomerFields.NAMES.rename(errors)) {
            String field = error.field();
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
