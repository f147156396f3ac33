package dev.clientela.compat.credith;

import dev.clientela.web.FieldError;

/** Credith's client fields as the canonical API names them, and its Spanish for what is wrong with them. */
final class CredithFields {

    /** Credith's column limit for dni and phone. */
    static final int MAX_DNI_OR_PHONE = 25;

    private CredithFields() {}

    static String message(FieldError error) {
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
            return describe("El DNI", "valido", error.code(), MAX_DNI_OR_PHONE);
        }
        if (field.equals("phone")) {
            return describe("El telefono", "valido", error.code(), MAX_DNI_OR_PHONE);
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
