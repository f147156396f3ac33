package dev.clientela.compat.credith;

import static dev.clientela.web.ErrorCode.*;

import dev.clientela.client.ClientNotFound;
import dev.clientela.compat.ErrorTable;
import dev.clientela.compat.Profile;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.FieldError;
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
                            : message(p.errors().getFirst()))
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

    /** Credith's Spanish for what is wrong with a field, named as the canonical API names it. */
    private static String message(FieldError error) {
        String field = error.field();
        if (field.equals("name")) {
            return switch (error.code()) {
                case "required" -> "El nombre del cliente es requerido";
                case "invalid_type" -> "El nombre del cliente debe ser un texto";
                case "too_long" -> "El nombre del cliente no puede tener mas de 200 caracteres";
                default -> "El nombre del cliente no es valido";
            };
        }
        if (field.equals("document") || field.startsWith("document.")) {
            return describe("El DNI", "valido", error.code(), CredithClientJson.MAX_DNI_OR_PHONE);
        }
        if (field.equals("phone")) {
            return describe("El telefono", "valido", error.code(), CredithClientJson.MAX_DNI_OR_PHONE);
        }
        if (field.equals("address") || field.startsWith("address.")) {
            return describe("La direccion", "valida", error.code(), 255);
        }
        if (field.isEmpty()) {
            return "El cuerpo de la solicitud debe ser un objeto JSON";
        }
        return billMessage(field, error.code());
    }

    private static String billMessage(String field, String code) {
        if (field.equals("client_id") || field.equals("customer")) {
            return switch (code) {
                case "required" -> "Por favor especifique el cliente (customer.clientId)";
                case "unknown_client", "invalid_format" -> "Cliente no encontrado";
                case "inactive_client" -> "El cliente esta inactivo y no puede comprar al credito";
                default -> "El cliente de la factura no es valido";
            };
        }
        if (field.startsWith("references")) {
            return "Las referencias de la factura no son validas";
        }
        if (field.equals("lines") || field.startsWith("lines")) {
            return code.equals("required")
                    ? "Las lineas de la factura son requeridas"
                    : "Las lineas de la factura no son validas";
        }
        return switch (field) {
            case "payment_type" -> "El tipo de pago debe ser CASH o INSTALLMENT";
            case "discount" -> "El descuento no es valido";
            case "down_payment" -> "La prima no es valida";
            case "months" -> "El numero de meses no es valido";
            case "payment_day" -> "El dia de pago no es valido";
            case "starting_date" -> "La fecha de inicio no es valida";
            case "currency" -> "La moneda no es valida";
            case "monthly_interest_rate" -> "La tasa de interes no es valida";
            default -> "Los datos enviados no son validos";
        };
    }

    private static String describe(String what, String valid, String code, int max) {
        return switch (code) {
            case "invalid_type" -> what + " debe ser un texto";
            case "too_long" -> what + " no puede tener mas de " + max + " caracteres";
            case "invalid_characters" -> what + " contiene caracteres no permitidos";
            default -> what + " no es " + valid;
        };
    }
}
