package dev.clientela.compat.inventario;

import static dev.clientela.web.ErrorCode.*;

import dev.clientela.client.ClientNotFound;
import dev.clientela.compat.ErrorTable;
import dev.clientela.compat.Profile;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.FieldError;
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
                            : message(p.errors().getFirst()))
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

    /** The app's Spanish for what is wrong with a field, named as the canonical API names it. */
    private static String message(FieldError error) {
        String field = error.field();
        String code = error.code();
        if (field.equals("name")) {
            return switch (code) {
                case "required" -> "El nombre del cliente es obligatorio";
                case "invalid_type" -> "El nombre del cliente debe ser texto";
                case "too_long" -> "El nombre del cliente no puede tener más de 200 caracteres";
                default -> "El nombre del cliente no es válido";
            };
        }
        if (field.isEmpty()) {
            return "El cuerpo de la solicitud debe ser un objeto JSON";
        }
        return describe(label(field), code);
    }

    private static String label(String field) {
        if (field.equals("document") || field.startsWith("document.")) {
            return "El documento";
        }
        if (field.equals("address") || field.startsWith("address.")) {
            return "La dirección";
        }
        return switch (field) {
            case "email" -> "El email";
            case "phone" -> "El teléfono";
            case "notes" -> "Las notas";
            case "q" -> "La búsqueda";
            default -> "El campo " + field;
        };
    }

    private static String describe(String what, String code) {
        boolean feminine = what.startsWith("La ") || what.startsWith("Las ");
        boolean plural = what.startsWith("Las ");
        return switch (code) {
            case "invalid_type" -> what + (plural ? " deben" : " debe") + " ser texto";
            case "too_long" ->
                what + (plural ? " son" : " es") + " demasiado larg" + (feminine ? "a" : "o") + (plural ? "s" : "");
            case "invalid_characters" -> what + (plural ? " contienen" : " contiene") + " caracteres no permitidos";
            default ->
                what + (plural ? " no son válid" : " no es válid") + (feminine ? "a" : "o") + (plural ? "s" : "");
        };
    }
}
