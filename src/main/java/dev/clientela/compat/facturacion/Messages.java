package dev.clientela.compat.facturacion;

import java.util.Locale;

/**
 * The e-invoicing system's words: its own messages, and the validation messages of its framework's
 * Spanish locale, one per rule, where a field is named by its key with underscores read as spaces.
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

    /** A rule of the framework (its name is the code of the field error it reports) and its sentence. */
    enum Rule {
        REQUIRED("El campo %s es obligatorio."),
        STRING("El campo %s debe ser una cadena de caracteres."),
        MAX("El campo %s no debe ser mayor que %d caracteres."),
        SIZE("El campo %s debe tener %d caracteres."),
        DIGITS("El campo %s debe tener %d dígitos."),
        IN("El campo %s no está en la lista de valores permitidos."),
        EMAIL("El campo %s debe ser una dirección de correo válida."),
        BOOLEAN("El campo %s debe tener un valor verdadero o falso."),
        INTEGER("El campo %s debe ser un número entero."),
        FORMAT("El formato del campo %s no es válido."),
        DOCUMENT_LENGTH("El campo %s no tiene la longitud de ese tipo de documento."),
        CHECK_DIGIT("El dígito verificador del campo %s no es válido.");

        private final String sentence;

        Rule(String sentence) {
            this.sentence = sentence;
        }

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The sentence for {@code field}, with the rule's size where it has one. */
        String sentence(String field, int size) {
            return sentence.formatted(field.replace('_', ' '), size);
        }

        /** The rule the framework would have broken where the registry reports a canonical code. */
        static Rule forCanonical(String field, String code) {
            return switch (code) {
                case "required" -> REQUIRED;
                case "invalid_type" -> STRING;
                case "invalid_length" -> DOCUMENT_LENGTH;
                case "invalid_check_digit" -> CHECK_DIGIT;
                case "unknown_type", "invalid_value" -> IN;
                case "too_long", "invalid_format" -> field.equals("email") ? EMAIL : FORMAT;
                default -> FORMAT;
            };
        }
    }
}
