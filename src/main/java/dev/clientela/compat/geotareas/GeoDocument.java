package dev.clientela.compat.geotareas;

import dev.clientela.client.ClientDocument;
import dev.clientela.client.ClientField;
import dev.clientela.client.ClientForm;
import dev.clientela.document.DocumentCatalog;
import dev.clientela.document.DocumentType;
import java.math.BigDecimal;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * GeoTareas' {@code document} and {@code document_type} as one client document. The type is
 * DGI's receiver code (2 RUT, 3 CI, 4 OTHER, 5 PASSPORT, 6 DNI_FOREIGN, 7 NIFE), so the document is
 * Uruguayan. Without a code, a number keeps the type it had, or is read by its shape: 12 digits a
 * RUT, 6 to 8 a CI, anything else OTHER (for a tenant outside Uruguay: its own country's OTHER).
 */
final class GeoDocument {

    private static final String CODES =
            "must be a DGI document type: 2 RUT, 3 CI, 4 OTHER, 5 PASSPORT, 6 DNI_FOREIGN, 7 NIFE";

    private static final String URUGUAY = "UY";

    private GeoDocument() {}

    /** Gives the form the document when the seed's fields say something about it; {@code stored} is the client's now. */
    static void read(
            JsonNode body, ClientDocument stored, String tenantCountry, ClientForm form, DocumentCatalog catalog) {
        if (!body.has("document") && !body.has("document_type")) {
            return;
        }
        int problems = form.errors().size();
        Optional<DocumentType> typed = typed(body.get("document_type"), form, catalog);
        // The number given, or the stored one when only the type changes.
        String number =
                body.has("document") ? number(body.get("document"), form) : stored == null ? null : stored.number();
        if (form.errors().size() > problems) {
            return;
        }
        boolean uruguayan = URUGUAY.equals(tenantCountry);
        if (number == null && body.has("document")) {
            form.clear(ClientField.DOCUMENT);
        } else if (number != null && typed.isPresent()) {
            form.document(URUGUAY, typed.get().code(), number, null);
        } else if (number != null && body.has("document") && !body.has("document_type") && stored != null) {
            form.document(stored.country(), stored.type(), number, null);
        } else if (number != null) {
            form.document(uruguayan ? URUGUAY : tenantCountry, uruguayan ? byShape(number) : "OTHER", number, null);
        }
    }

    /** The number sent; null when cleared or blank, or when refused. */
    private static String number(JsonNode value, ClientForm form) {
        if (value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            form.reject("document", "invalid_type", "must be a string");
            return null;
        }
        String text = value.stringValue().strip();
        if (GeoClientFields.tooLong("document", text)) {
            form.reject("document", "too_long", "must be at most 60 characters");
            return null;
        }
        return text.isEmpty() ? null : text;
    }

    private static Optional<DocumentType> typed(JsonNode value, ClientForm form, DocumentCatalog catalog) {
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        String code = code(value);
        Optional<DocumentType> type = code == null ? Optional.empty() : catalog.bySeedCode(URUGUAY, code);
        if (type.isEmpty()) {
            form.reject("document_type", "invalid_value", CODES);
        }
        return type;
    }

    /** A code of one or two digits, sent as a number or as a string. */
    private static String code(JsonNode value) {
        if (value.isNumber()) {
            BigDecimal number = value.decimalValue();
            boolean small = number.abs().compareTo(BigDecimal.valueOf(100)) < 0;
            return small && number.stripTrailingZeros().scale() <= 0 ? String.valueOf(number.intValue()) : null;
        }
        if (value.isString() && value.stringValue().strip().matches("\\d{1,2}")) {
            return String.valueOf(Integer.parseInt(value.stringValue().strip()));
        }
        return null;
    }

    private static String byShape(String number) {
        String digits = number.replaceAll("[\\s.\\-]", "");
        if (!digits.matches("\\d+")) {
            return "OTHER";
        }
        if (digits.length() == 12) {
            return "RUT";
        }
        return digits.length() >= 6 && digits.length() <= 8 ? "CI" : "OTHER";
    }
}
