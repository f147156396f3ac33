package dev.clientela.compat.facturacion;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import dev.clientela.web.MalformedRequest;
import dev.clientela.web.ProblemDialect;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every refusal under {@code /compat/facturacion-pe} in the e-invoicing system's envelope:
 * {@code {"success": false, "message": ..., "errors": {field: [messages]}}}, in Spanish.
 */
@Component
class FacturacionDialect implements ProblemDialect {

    static final String BASE = "/compat/facturacion-pe";

    private final JsonMapper json;

    FacturacionDialect(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean speaksFor(String path) {
        return ProblemDialect.under(path, BASE);
    }

    @Override
    public void write(HttpServletResponse response, ApiProblem problem) throws IOException {
        int status;
        String message;
        Map<String, List<String>> errors;
        if (problem instanceof Refusal refusal) {
            status = refusal.status();
            message = refusal.getMessage();
            errors = refusal.fields();
        } else {
            status = statusOf(problem.code());
            message =
                    problem instanceof MalformedRequest ? "La solicitud está mal formada." : messageOf(problem.code());
            errors = problem.code() == ErrorCode.VALIDATION_ERROR ? SeedFields.of(problem.errors()) : Map.of();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", false);
        body.put("message", message);
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }

    /** A duplicate document is a 400 in that system; every other refusal keeps its status. */
    private static int statusOf(ErrorCode code) {
        return code == ErrorCode.DUPLICATE_DOCUMENT ? 400 : code.status();
    }

    private static String messageOf(ErrorCode code) {
        return switch (code) {
            case VALIDATION_ERROR -> Messages.INVALID;
            case DUPLICATE_DOCUMENT -> Messages.DUPLICATE;
            case UNAUTHORIZED -> "No autenticado.";
            case FORBIDDEN -> "Esta acción no está autorizada.";
            case NOT_FOUND -> "Recurso no encontrado.";
            case METHOD_NOT_ALLOWED -> "Método no permitido para esta ruta.";
            case NOT_ACCEPTABLE -> "Este recurso solo se ofrece como application/json.";
            case BAD_REQUEST -> "El cuerpo de la solicitud no es un JSON válido.";
            case PAYLOAD_TOO_LARGE -> "El cuerpo de la solicitud es demasiado grande.";
            case URI_TOO_LONG -> "La URL de la solicitud es demasiado larga.";
            case REQUEST_HEADERS_TOO_LARGE -> "Los encabezados de la solicitud son demasiado grandes.";
            case UNSUPPORTED_MEDIA_TYPE -> "Tipo de contenido no soportado; envíe application/json.";
            case RATE_LIMITED -> "Demasiadas solicitudes; intente nuevamente en unos segundos.";
            case SERVICE_UNAVAILABLE -> "Servicio no disponible temporalmente; intente nuevamente.";
            case INTERNAL_ERROR -> "Error interno del servidor.";
            default -> "No se pudo completar la operación: " + code.title();
        };
    }
}
