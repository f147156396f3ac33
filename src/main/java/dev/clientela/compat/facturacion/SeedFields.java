package dev.clientela.compat.facturacion;

import dev.clientela.compat.FieldNames;
import dev.clientela.web.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry's field errors told in the e-invoicing system's words: each canonical path named by
 * the field it came from ({@code address.ubigeo} is {@code ubigeo}), each code by its Spanish message.
 */
final class SeedFields {

    private static final FieldNames FIELDS = FieldNames.of(Map.ofEntries(
            Map.entry("name", "razon_social"),
            Map.entry("legal_name", "razon_social"),
            Map.entry("trade_name", "nombre_comercial"),
            Map.entry("document", "numero_documento"),
            Map.entry("document.number", "numero_documento"),
            Map.entry("document.type", "tipo_documento"),
            Map.entry("document.country", "tipo_documento"),
            Map.entry("email", "email"),
            Map.entry("phone", "telefono"),
            Map.entry("address", "direccion"),
            Map.entry("address.line", "direccion"),
            Map.entry("address.ubigeo", "ubigeo"),
            Map.entry("address.district", "distrito"),
            Map.entry("address.province", "provincia"),
            Map.entry("address.department", "departamento"),
            Map.entry("status", "activo"),
            Map.entry("q", "search"),
            Map.entry("document_number", "numero_documento"),
            Map.entry("document_type", "tipo_documento"),
            Map.entry("document_country", "tipo_documento"),
            Map.entry("offset", "page"),
            Map.entry("limit", "page")));

    private SeedFields() {}

    static Map<String, List<String>> of(List<FieldError> errors) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (FieldError error : FIELDS.rename(errors)) {
            String field = error.field();
            List<String> messages = fields.computeIfAbsent(field, f -> new ArrayList<>());
            String message = message(field, error.code());
            if (!messages.contains(message)) {
                messages.add(message);
            }
        }
        return fields;
    }

    private static String message(String field, String code) {
        return switch (code) {
            case "required" -> Messages.required(field);
            case "invalid_type" -> Messages.string(field);
            case "invalid_length" -> Messages.documentLength(field);
            case "invalid_check_digit" -> Messages.checkDigit(field);
            case "unknown_type", "invalid_value" -> Messages.in(field);
            case "too_long", "invalid_format" -> field.equals("email") ? Messages.email(field) : Messages.format(field);
            default -> Messages.format(field);
        };
    }
}
