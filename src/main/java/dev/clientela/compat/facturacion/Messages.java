package dev.clientela.compat.facturacion;

/**
 * The e-invoicing system's words: its own messages, and the validation messages of its framework's
 * Spanish locale, where a field is named by its key with underscores read as spaces.
 */
final class Messages {

    static final String INVALID = "Errores de validación";
    static final String CREATED = "Cliente creado exitosamente";
    static final String UPDATED = "Cliente actualizado exitosamente";
    static final String DEACTIVATED = "Cliente desactivado exitosamente";
    static final String ACTIVATED = "Cliente activado exitosamente";
    static final String CLIENT_NOT_FOUND = "Cliente no encontrado";
    static final String UNKNOWN_COMPANY = "La empresa especificada no existe o está inactiva";
    static final String DUPLICATE = "Ya existe un cliente con el mismo tipo y número de documento en esta empresa";
    static final String DUPLICATE_ON_UPDATE =
            "Ya existe otro cliente con el mismo tipo y número de documento en esta empresa";
    static final String NOT_AN_OBJECT = "El cuerpo de la solicitud debe ser un objeto JSON.";

    private Messages() {}

    static String required(String field) {
        return "El campo " + attribute(field) + " es obligatorio.";
    }

    static String string(String field) {
        return "El campo " + attribute(field) + " debe ser una cadena de caracteres.";
    }

    static String max(String field, int max) {
        return "El campo " + attribute(field) + " no debe ser mayor que " + max + " caracteres.";
    }

    static String size(String field, int size) {
        return "El campo " + attribute(field) + " debe tener " + size + " caracteres.";
    }

    static String digits(String field, int digits) {
        return "El campo " + attribute(field) + " debe tener " + digits + " dígitos.";
    }

    static String in(String field) {
        return "El campo " + attribute(field) + " no está en la lista de valores permitidos.";
    }

    static String email(String field) {
        return "El campo " + attribute(field) + " debe ser una dirección de correo válida.";
    }

    static String bool(String field) {
        return "El campo " + attribute(field) + " debe tener un valor verdadero o falso.";
    }

    static String integer(String field) {
        return "El campo " + attribute(field) + " debe ser un número entero.";
    }

    static String format(String field) {
        return "El formato del campo " + attribute(field) + " no es válido.";
    }

    static String documentLength(String field) {
        return "El campo " + attribute(field) + " no tiene la longitud de ese tipo de documento.";
    }

    static String checkDigit(String field) {
        return "El dígito verificador del campo " + attribute(field) + " no es válido.";
    }

    private static String attribute(String field) {
        return field.replace('_', ' ');
    }
}
