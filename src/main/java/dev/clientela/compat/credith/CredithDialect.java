package dev.clientela.compat.credith;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import dev.clientela.web.MalformedRequest;
import dev.clientela.web.ProblemDialect;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Credith's errors: {@code {"message": "<Spanish>"}}. Validation and duplicates are 400s, as Credith
 * answered them; every other refusal keeps the status of the canonical API.
 */
@Component
class CredithDialect implements ProblemDialect {

    static final String BASE = "/compat/credith";

    private final JsonMapper json;

    CredithDialect(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean speaksFor(String path) {
        return ProblemDialect.under(path, BASE);
    }

    @Override
    public void write(HttpServletResponse response, ApiProblem problem) throws IOException {
        response.setStatus(status(problem.code()));
        response.setContentType("application/json");
        json.writeValue(response.getOutputStream(), Map.of("message", message(problem)));
    }

    private static int status(ErrorCode code) {
        return switch (code) {
            case VALIDATION_ERROR,
                    DUPLICATE_DOCUMENT,
                    DUPLICATE_EXTERNAL_CODE,
                    OPEN_PLAN_EXISTS,
                    CREDIT_LIMIT_EXCEEDED,
                    PLAN_SETTLED,
                    OPEN_INTEREST,
                    IDEMPOTENCY_KEY_REUSED -> 400;
            default -> code.status();
        };
    }

    static String message(ApiProblem problem) {
        if (problem instanceof CredithRefusal) {
            return problem.getMessage();
        }
        if (problem instanceof MalformedRequest) {
            return "La solicitud esta mal formada";
        }
        return switch (problem.code()) {
            case VALIDATION_ERROR ->
                problem.errors().isEmpty()
                        ? "Los datos enviados no son validos"
                        : CredithFields.message(problem.errors().getFirst());
            case DUPLICATE_DOCUMENT -> "Ya existe un cliente con ese DNI";
            case OPEN_PLAN_EXISTS -> "El cliente ya tiene un plan de pago activo";
            case CREDIT_LIMIT_EXCEEDED -> "El monto financiado excede el limite de credito del cliente";
            case PLAN_SETTLED -> "El plan de pago ya ha sido cubierto!";
            case OPEN_INTEREST -> "No se puede recalcular por meses pendientes";
            case UNAUTHORIZED -> unauthorized(problem);
            case FORBIDDEN -> "No tiene permiso para realizar esta accion";
            case NOT_FOUND -> "Recurso no encontrado";
            case METHOD_NOT_ALLOWED -> "Metodo no permitido";
            case BAD_REQUEST -> "El cuerpo de la solicitud no es un JSON valido";
            case PAYLOAD_TOO_LARGE -> "El cuerpo de la solicitud es demasiado grande";
            case URI_TOO_LONG -> "La URL de la solicitud es demasiado larga";
            case REQUEST_HEADERS_TOO_LARGE -> "Los encabezados de la solicitud son demasiado grandes";
            case UNSUPPORTED_MEDIA_TYPE -> "El cuerpo de la solicitud debe ser application/json";
            case NOT_ACCEPTABLE -> "Solo se responde en application/json";
            case RATE_LIMITED -> "Demasiadas solicitudes, intente mas tarde";
            case SERVICE_UNAVAILABLE -> "Servicio no disponible, intente mas tarde";
            case INTERNAL_ERROR -> "Error interno del servidor";
            default -> "La solicitud no pudo completarse";
        };
    }

    /** Credith read a token: none sent is "requerido", one it could not verify is "invalido". */
    private static String unauthorized(ApiProblem problem) {
        String detail = problem.getMessage();
        return detail != null && detail.contains("not valid") ? "Token invalido" : "Token requerido";
    }
}
