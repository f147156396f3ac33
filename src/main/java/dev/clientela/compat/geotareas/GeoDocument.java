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

    static final String CODES = "must be a DGI document type: 2 RUT, 3 CI, 4 OTHER, 5 PASSPORT, 6 DNI_FOREIGN, 7 NIFE";

    private static final String URUGUAY = "UY";

    private final JsonNode body;
    private final ClientDocument stored;
    private final String tenantCountry;
    private final ClientForm form;
    private final DocumentCatalog catalog;
    private boolean refused;

    GeoDocument(JsonNode body, ClientDocument stored, String tenantCountry, ClientForm form, DocumentCatalog catalog) {
        this.body = body;
        this.stored = stored;
        this.tenantCountry = tenantCountry;
        this.form = form;
        this.catalog = catalog;
    }

    /** Gives the form the document when the seed's fields say something about it. */
    void read() {
        if (!body.has("document") && !body.has("document_type")) {
            return;
        }
        Optional<DocumentType> typed = typed();
        String number = number();
        if (number == null && body.has("document") && !refused) {
            form.clear(ClientField.DOCUMENT);
        } else if (number != null && !refused) {
            boolean uruguayan = URUGUAY.equals(tenantCountry);
            if (typed.isPresent()) {
                form.document(URUGUAY, typed.get().code(), number, null);
            } else if (keepsStoredType()) {
                form.document(stored.country(), stored.type(), number, null);
            } else {
                form.document(uruguayan ? URUGUAY : tenantCountry, uruguayan ? byShape(number) : "OTHER", number, null);
            }
        }
    }

    /** The number given, or the stored one when only the type changes; null when cleared or absent. */
    private String number() {
        if (!body.has("document")) {
            return stored == null ? null : stored.number();
        }
        JsonNode value = body.get("document");
        if (value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            return refuse("document", "invalid_type", "must be a string");
        }
        String text = value.stringValue().strip();
        if (GeoClientFields.tooLong("document", text)) {
            return refuse("document", "too_long", "must be at most 60 characters");
        }
        return text.isEmpty() ? null : text;
    }

    private String refuse(String field, String code, String message) {
        form.reject(field, code, message);
        refused = true;
        return null;
    }

    private Optional<DocumentType> typed() {
        JsonNode value = body.get("document_type");
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        String code = code(value);
        Optional<DocumentType> type = code == null ? Optional.empty() : catalog.bySeedCode(URUGUAY, code);
        if (type.isEmpty()) {
            refuse("document_type", "invalid_value", CODES);
        }
        return type;
    }

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

    private boolean keepsStoredType() {
        return body.has("document") && !body.has("document_type") && stored != null;
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
