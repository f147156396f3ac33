package dev.clientela.compat.geotareas;

import dev.clientela.client.ClientDocument;
import dev.clientela.document.DocumentCatalog;
import dev.clientela.document.DocumentType;
import dev.clientela.web.FieldError;
import dev.clientela.web.JsonNodes;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * GeoTareas' {@code document} and {@code document_type} as one canonical document. The type is
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
    private final List<FieldError> errors;
    private final DocumentCatalog catalog;

    GeoDocument(
            JsonNode body,
            ClientDocument stored,
            String tenantCountry,
            List<FieldError> errors,
            DocumentCatalog catalog) {
        this.body = body;
        this.stored = stored;
        this.tenantCountry = tenantCountry;
        this.errors = errors;
        this.catalog = catalog;
    }

    /** Writes {@code document} into the canonical body when the seed's fields say something about it. */
    void into(ObjectNode canonical) {
        if (!body.has("document") && !body.has("document_type")) {
            return;
        }
        Optional<DocumentType> typed = typed();
        String number = number();
        if (number == null && body.has("document")) {
            canonical.putNull("document");
            return;
        }
        if (number == null || !errors.isEmpty()) {
            return;
        }
        ObjectNode document = JsonNodes.object();
        if (typed.isPresent()) {
            document.put("country", URUGUAY);
            document.put("type", typed.get().code());
        } else if (keepsStoredType()) {
            document.put("country", stored.country());
            document.put("type", stored.type());
        } else {
            boolean uruguayan = URUGUAY.equals(tenantCountry);
            document.put("country", uruguayan ? URUGUAY : tenantCountry);
            document.put("type", uruguayan ? byShape(number) : "OTHER");
        }
        document.put("number", number);
        canonical.set("document", document);
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
            errors.add(new FieldError("document", "invalid_type", "must be a string"));
            return null;
        }
        String text = value.stringValue().strip();
        if (text.codePointCount(0, text.length()) > GeoClientFields.TEXT.get("document")) {
            errors.add(new FieldError("document", "too_long", "must be at most 60 characters"));
            return null;
        }
        return text.isEmpty() ? null : text;
    }

    private Optional<DocumentType> typed() {
        JsonNode value = body.get("document_type");
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        String code = code(value);
        Optional<DocumentType> type = code == null ? Optional.empty() : catalog.bySeedCode(URUGUAY, code);
        if (type.isEmpty()) {
            errors.add(new FieldError("document_type", "invalid_value", CODES));
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
