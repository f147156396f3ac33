package dev.clientela.compat.inventario;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import dev.clientela.web.MalformedRequest;
import dev.clientela.web.ProblemDialect;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The inventory app's errors: {@code {"error": "<Spanish>"}}; invalid values are 400s, as it answered them. */
@Component
class InventarioDialect implements ProblemDialect {

    static final String BASE = "/compat/inventario";

    private final JsonMapper json;

    InventarioDialect(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean speaksFor(String path) {
        return ProblemDialect.under(path, BASE);
    }

    @Override
    public void write(HttpServletResponse response, ApiProblem problem) throws IOException {
        int status = problem.code() == ErrorCode.VALIDATION_ERROR || problem.code() == ErrorCode.IDEMPOTENCY_KEY_REUSED
                ? 400
                : problem.code().status();
        response.setStatus(status);
        response.setContentType("application/json");
        json.writeValue(response.getOutputStream(), Map.of("error", message(problem)));
    }

    private static String message(ApiProblem problem) {
        if (problem instanceof InventarioRefusal) {
            return problem.getMessage();
        }
        if (problem instanceof MalformedRequest) {
            return "La solicitud está mal formada";
        }
        return switch (problem.code()) {
            case VALIDATION_ERROR ->
                problem.errors().isEmpty()
                        ? "Los datos enviados no son válidos"
                        : ClienteFields.message(problem.errors().getFirst());
            case DUPLICATE_DOCUMENT -> "Ya existe un cliente con ese documento";
            case UNAUTHORIZED -> "No autorizado";
            case FORBIDDEN -> "Usuario sin empresa asignada";
            case NOT_FOUND -> "Recurso no encontrado";
            case METHOD_NOT_ALLOWED -> "Método no permitido";
            case BAD_REQUEST -> "El cuerpo de la solicitud no es un JSON válido";
            case PAYLOAD_TOO_LARGE -> "El cuerpo de la solicitud es demasiado grande";
            case URI_TOO_LONG -> "La URL de la solicitud es demasiado larga";
            case REQUEST_HEADERS_TOO_LARGE -> "Los encabezados de la solicitud son demasiado grandes";
            case UNSUPPORTED_MEDIA_TYPE -> "El cuerpo de la solicitud debe ser application/json";
            case NOT_ACCEPTABLE -> "Solo se responde en application/json";
            case RATE_LIMITED -> "Demasiadas solicitudes, intente más tarde";
            case SERVICE_UNAVAILABLE -> "Servicio no disponible, intente más tarde";
            case INTERNAL_ERROR -> "Error interno del servidor";
            default -> "La solicitud no pudo completarse";
        };
    }
}
