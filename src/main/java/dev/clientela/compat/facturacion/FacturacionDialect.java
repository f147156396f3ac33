package dev.clientela.compat.facturacion;

import static dev.clientela.web.ErrorCode.*;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.clientela.client.ClientNotFound;
import dev.clientela.compat.ErrorTable;
import dev.clientela.compat.FieldNames;
import dev.clientela.compat.Profile;
import dev.clientela.compat.Refusal;
import dev.clientela.compat.facturacion.Messages.Rule;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every refusal under {@code /compat/facturacion-pe} in the e-invoicing system's envelope:
 * {@code {"success": false, "message": ..., "errors": {field: [messages]}}}, in Spanish. A duplicate
 * document is a 400 in that system; every other refusal keeps its status.
 */
@Component
class FacturacionDialect extends Profile {

    static final String BASE = "/compat/facturacion-pe";

    static final ErrorTable ERRORS = ErrorTable.otherwise(
                    p -> "No se pudo completar la operación: " + p.code().title())
            .status(400, DUPLICATE_DOCUMENT)
            .malformed("La solicitud está mal formada.")
            .message(VALIDATION_ERROR, Messages.INVALID)
            .message(ClientNotFound.class, Messages.CLIENT_NOT_FOUND)
            .message(DUPLICATE_DOCUMENT, Messages.DUPLICATE)
            .message(UNAUTHORIZED, "No autenticado.")
            .message(FORBIDDEN, "Esta acción no está autorizada.")
            .message(NOT_FOUND, "Recurso no encontrado.")
            .message(METHOD_NOT_ALLOWED, "Método no permitido para esta ruta.")
            .message(NOT_ACCEPTABLE, "Este recurso solo se ofrece como application/json.")
            .message(BAD_REQUEST, "El cuerpo de la solicitud no es un JSON válido.")
            .message(PAYLOAD_TOO_LARGE, "El cuerpo de la solicitud es demasiado grande.")
            .message(URI_TOO_LONG, "La URL de la solicitud es demasiado larga.")
            .message(REQUEST_HEADERS_TOO_LARGE, "Los encabezados de la solicitud son demasiado grandes.")
            .message(UNSUPPORTED_MEDIA_TYPE, "Tipo de contenido no soportado; envíe application/json.")
            .message(RATE_LIMITED, "Demasiadas solicitudes; intente nuevamente en unos segundos.")
            .message(SERVICE_UNAVAILABLE, "Servicio no disponible temporalmente; intente nuevamente.")
            .message(INTERNAL_ERROR, "Error interno del servidor.");

    /** Canonical field paths in the seed's words: {@code address.ubigeo} is {@code ubigeo}. */
    static final FieldNames NAMES = FieldNames.of(Map.ofEntries(
            Map.entry("name", "razon_social"),
            Map.entry("legal_name", "razon_social"),
            Map.entry("trade_name", "nombre_comercial"),
            Map.entry("document", "numero_documento"),
            Map.entry("document.type", "tipo_documento"),
            Map.entry("document.country", "tipo_documento"),
            Map.entry("phone", "telefono"),
            Map.entry("address", "direccion"),
            Map.entry("address.ubigeo", "ubigeo"),
            Map.entry("address.district", "distrito"),
            Map.entry("address.province", "provincia"),
            Map.entry("address.department", "departamento"),
            Map.entry("status", "activo"),
            Map.entry("q", "search"),
            Map.entry("document_number", "numero_documento"),
            Map.entry("document_type", "tipo_documento"),
            Map.entry("document_country", "tipo_documento"),
            Map.entry("offset", "page"),
            Map.entry("limit", "page")));

    FacturacionDialect(JsonMapper json) {
        super(BASE, ERRORS, NAMES, json);
    }

    @Override
    protected Object body(ErrorTable.Answer answer, ApiProblem problem) {
        Map<String, List<String>> errors =
                problem.code() == VALIDATION_ERROR ? messages(answer.errors(), problem instanceof Refusal) : Map.of();
        return new Refused(false, answer.message(), errors);
    }

    record Refused(
            boolean success,
            Object message,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, List<String>> errors) {}

    /**
     * Each field's messages, once each: a refusal of the system's own rules is worded already; the
     * registry's codes are worded as the rule the system would have broken.
     */
    private static Map<String, List<String>> messages(List<FieldError> errors, boolean worded) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (FieldError error : errors) {
            String field = error.field();
            String message = worded
                    ? error.message()
                    : Rule.forCanonical(field, error.code()).sentence(field, 0);
            List<String> messages = fields.computeIfAbsent(field, f -> new ArrayList<>());
            if (!messages.contains(message)) {
                messages.add(message);
            }
        }
        return fields;
    }
}
