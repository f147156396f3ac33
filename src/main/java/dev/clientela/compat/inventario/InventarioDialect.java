package dev.clientela.compat.inventario;

import static dev.clientela.web.ErrorCode.*;

import dev.clientela.client.ClientNotFound;
import dev.clientela.compat.ErrorTable;
import dev.clientela.compat.Profile;
import dev.clientela.web.ApiProblem;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The inventory app's errors: {@code {"error": "<Spanish>"}}; invalid values are 400s, as it answered them. */
@Component
class InventarioDialect extends Profile {

    static final String BASE = "/compat/inventario";

    static final ErrorTable ERRORS = ErrorTable.otherwise("La solicitud no pudo completarse")
            .status(400, VALIDATION_ERROR, IDEMPOTENCY_KEY_REUSED)
            .malformed("La solicitud está mal formada")
            .message(
                    VALIDATION_ERROR,
                    p -> p.errors().isEmpty()
                            ? "Los datos enviados no son válidos"
                            : ClienteFields.message(p.errors().getFirst()))
            .message(ClientNotFound.class, "Cliente no encontrado")
            .message(DUPLICATE_DOCUMENT, "Ya existe un cliente con ese documento")
            .message(UNAUTHORIZED, "No autorizado")
            .message(FORBIDDEN, "Usuario sin empresa asignada")
            .message(NOT_FOUND, "Recurso no encontrado")
            .message(METHOD_NOT_ALLOWED, "Método no permitido")
            .message(BAD_REQUEST, "El cuerpo de la solicitud no es un JSON válido")
            .message(PAYLOAD_TOO_LARGE, "El cuerpo de la solicitud es demasiado grande")
            .message(URI_TOO_LONG, "La URL de la solicitud es demasiado larga")
            .message(REQUEST_HEADERS_TOO_LARGE, "Los encabezados de la solicitud son demasiado grandes")
            .message(UNSUPPORTED_MEDIA_TYPE, "El cuerpo de la solicitud debe ser application/json")
            .message(NOT_ACCEPTABLE, "Solo se responde en application/json")
            .message(RATE_LIMITED, "Demasiadas solicitudes, intente más tarde")
            .message(SERVICE_UNAVAILABLE, "Servicio no disponible, intente más tarde")
            .message(INTERNAL_ERROR, "Error interno del servidor");

    InventarioDialect(JsonMapper json) {
        super(BASE, ERRORS, json);
    }

    @Override
    protected Object body(ErrorTable.Answer answer, ApiProblem problem) {
        return Map.of("error", answer.message());
    }
}
