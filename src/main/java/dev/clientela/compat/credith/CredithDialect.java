package dev.clientela.compat.credith;

import static dev.clientela.web.ErrorCode.*;

import dev.clientela.client.ClientNotFound;
import dev.clientela.compat.ErrorTable;
import dev.clientela.compat.Profile;
import dev.clientela.web.ApiProblem;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Credith's errors: {@code {"message": "<Spanish>"}}. Validation and duplicates are 400s, as Credith
 * answered them; every other refusal keeps the status of the canonical API.
 */
@Component
class CredithDialect extends Profile {

    static final String BASE = "/compat/credith";

    static final ErrorTable ERRORS = ErrorTable.otherwise("La solicitud no pudo completarse")
            .status(
                    400,
                    VALIDATION_ERROR,
                    DUPLICATE_DOCUMENT,
                    DUPLICATE_EXTERNAL_CODE,
                    OPEN_PLAN_EXISTS,
                    CREDIT_LIMIT_EXCEEDED,
                    PLAN_SETTLED,
                    OPEN_INTEREST,
                    IDEMPOTENCY_KEY_REUSED)
            .malformed("La solicitud esta mal formada")
            .message(
                    VALIDATION_ERROR,
                    p -> p.errors().isEmpty()
                            ? "Los datos enviados no son validos"
                            : CredithFields.message(p.errors().getFirst()))
            .message(ClientNotFound.class, "Cliente no encontrado")
            .message(DUPLICATE_DOCUMENT, "Ya existe un cliente con ese DNI")
            .message(OPEN_PLAN_EXISTS, "El cliente ya tiene un plan de pago activo")
            .message(CREDIT_LIMIT_EXCEEDED, "El monto financiado excede el limite de credito del cliente")
            .message(PLAN_SETTLED, "El plan de pago ya ha sido cubierto!")
            .message(OPEN_INTEREST, "No se puede recalcular por meses pendientes")
            .message(UNAUTHORIZED, CredithDialect::unauthorized)
            .message(FORBIDDEN, "No tiene permiso para realizar esta accion")
            .message(NOT_FOUND, "Recurso no encontrado")
            .message(METHOD_NOT_ALLOWED, "Metodo no permitido")
            .message(BAD_REQUEST, "El cuerpo de la solicitud no es un JSON valido")
            .message(PAYLOAD_TOO_LARGE, "El cuerpo de la solicitud es demasiado grande")
            .message(URI_TOO_LONG, "La URL de la solicitud es demasiado larga")
            .message(REQUEST_HEADERS_TOO_LARGE, "Los encabezados de la solicitud son demasiado grandes")
            .message(UNSUPPORTED_MEDIA_TYPE, "El cuerpo de la solicitud debe ser application/json")
            .message(NOT_ACCEPTABLE, "Solo se responde en application/json")
            .message(RATE_LIMITED, "Demasiadas solicitudes, intente mas tarde")
            .message(SERVICE_UNAVAILABLE, "Servicio no disponible, intente mas tarde")
            .message(INTERNAL_ERROR, "Error interno del servidor");

    CredithDialect(JsonMapper json) {
        super(BASE, ERRORS, json);
    }

    @Override
    protected Object body(ErrorTable.Answer answer, ApiProblem problem) {
        return Map.of("message", answer.message());
    }

    /** Credith read a token: none sent is "requerido", one it could not verify is "invalido". */
    private static String unauthorized(ApiProblem problem) {
        String detail = problem.getMessage();
        return detail != null && detail.contains("not valid") ? "Token invalido" : "Token requerido";
    }
}
