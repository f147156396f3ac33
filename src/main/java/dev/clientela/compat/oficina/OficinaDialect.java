package dev.clientela.compat.oficina;

import static dev.clientela.web.ErrorCode.*;

import dev.clientela.client.ClientNotFound;
import dev.clientela.compat.ErrorTable;
import dev.clientela.compat.FieldNames;
import dev.clientela.compat.Profile;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.FieldError;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
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

    /** Canonical field paths in the seed's words: {@code document.number} is the {@code nit}. */
    static final FieldNames NAMES = FieldNames.of(Map.of(
            "name", "razonSocial",
            "legal_name", "razonSocial",
            "document", "nit",
            "phone", "telefono",
            "address", "direccion",
            "q", "search"));

    OficinaDialect(JsonMapper json) {
        super(BASE, ERRORS, NAMES, json);
    }

    @Override
    protected Object body(ErrorTable.Answer answer, ApiProblem problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("statusCode", answer.status());
        body.put("message", answer.message());
        body.put("error", reason(answer.status()));
        return body;
    }

    /** Each message once, as class-validator words them, the field named as the seed names it. */
    private static List<String> validationMessages(List<FieldError> errors) {
        Set<String> messages = new LinkedHashSet<>();
        for (FieldError error : errors) {
            String field = error.field();
            messages.add(field.isEmpty() ? error.message() : field + " " + error.message());
        }
        return List.copyOf(messages);
    }

    /** The reason phrase NestJS names each status by; Spring's own for all but two it renamed since. */
    private static String reason(int status) {
        return switch (status) {
            case 413 -> "Payload Too Large";
            case 422 -> "Unprocessable Entity";
            default -> HttpStatus.valueOf(status).getReasonPhrase();
        };
    }
}
