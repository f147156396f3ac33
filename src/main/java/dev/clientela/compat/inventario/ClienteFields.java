package dev.clientela.compat.inventario;

import dev.clientela.web.FieldError;

/** The inventory app's Spanish for what is wrong with a field, named as the canonical API names it. */
final class ClienteFields {

    private ClienteFields() {}

    static String message(FieldError error) {
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
