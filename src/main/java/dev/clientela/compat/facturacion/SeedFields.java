package dev.clientela.compat.facturacion;

import dev.clientela.compat.FieldNames;
import dev.clientela.compat.Refusal;
import dev.clientela.compat.facturacion.Messages.Rule;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Field errors by field, in the e-invoicing system's words: its own rules' are worded already; the
 * registry's have each canonical path named by the field it came from ({@code address.ubigeo} is
 * {@code ubigeo}) and each code worded as the rule the system would have broken.
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

    static Map<String, List<String>> of(ApiProblem problem) {
        boolean worded = problem instanceof Refusal;
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (FieldError error : worded ? problem.errors() : FIELDS.rename(problem.errors())) {
            String field = error.field();
            String message = worded
                    ? error.message()
                    : Rule.forCanonical(field, error.code()).sentence(field, 0);
            List<String> messages = fields.computeIfAbsent(field, f -> new ArrayList<>());
            if (!messages.contains(message)) {
                messages.add(message);
            }
        }
        return fields;
    }
}
