package dev.clientela.compat.oficina;

import dev.clientela.compat.FieldNames;
import dev.clientela.document.DocumentCatalog;
import dev.clientela.document.DocumentCheck;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.FieldError;
import dev.clientela.web.JsonNodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a CreateCustomerDto or UpdateCustomerDto and writes the canonical client JSON it means:
 * {@code razonSocial} is the name and the legal name, {@code nit} a NIT base whose check digit is
 * computed here, {@code direccion} the address line. Refusals are worded like class-validator's.
 */
final class CustomerFields {

    private static final Set<String> FIELDS = Set.of("razonSocial", "nit", "email", "telefono", "direccion", "status");

    private final JsonNode body;
    private final DocumentCatalog catalog;
    private final List<FieldError> errors = new ArrayList<>();
    private final ObjectNode canonical = JsonNodes.object();

    private CustomerFields(JsonNode body, DocumentCatalog catalog) {
        this.body = body;
        this.catalog = catalog;
    }

    /** The canonical body of a new customer. */
    static ObjectNode forCreate(JsonNode body, DocumentCatalog catalog) {
        return new CustomerFields(body, catalog).read(true);
    }

    /** The canonical merge patch of an update: only the fields present change, null clears the optional ones. */
    static ObjectNode forUpdate(JsonNode body, DocumentCatalog catalog) {
        return new CustomerFields(body, catalog).read(false);
    }

    /** Canonical field paths in the seed's words: {@code document.number} is the {@code nit}. */
    static final FieldNames NAMES = FieldNames.of(Map.of(
            "name", "razonSocial",
            "legal_name", "razonSocial",
            "document", "nit",
            "phone", "telefono",
            "address", "direccion",
            "q", "search"));

    private ObjectNode read(boolean creating) {
        if (body == null || !body.isObject()) {
            throw ApiProblem.invalid("", "invalid_type", "the body must be a JSON object");
        }
        for (String name : body.propertyNames()) {
            if (!FIELDS.contains(name)) {
                reject("property " + name + " should not exist");
            }
        }
        String name = requiredText("razonSocial", creating);
        if (name != null) {
            canonical.put("name", name);
            canonical.put("legal_name", name);
        }
        String nit = requiredText("nit", creating);
        if (nit != null) {
            document(nit);
        }
        optionalText("email", "email");
        optionalText("telefono", "phone");
        if (body.has("direccion")) {
            ObjectNode address = JsonNodes.object();
            String line = text("direccion");
            if (line == null) {
                address.putNull("line");
            } else {
                address.put("line", line);
            }
            canonical.set("address", address);
        }
        status();
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return canonical;
    }

    /** The NIT base with DIAN's check digit computed; a NIT typed with its digit after a dash is kept. */
    private void document(String nit) {
        DocumentCheck check = catalog.checkBase("CO", "NIT", nit);
        if (check.number().isEmpty()) {
            reject("nit should not be empty");
            return;
        }
        ObjectNode document = JsonNodes.object();
        document.put("country", "CO");
        document.put("type", "NIT");
        document.put("number", check.number());
        document.put("typed", nit.strip());
        canonical.set("document", document);
    }

    private String requiredText(String field, boolean creating) {
        if (!body.has(field) && !creating) {
            return null;
        }
        JsonNode value = body.get(field);
        if (value == null
                || value.isNull()
                || value.isString() && value.stringValue().isBlank()) {
            reject(field + " should not be empty");
            return null;
        }
        return text(field);
    }

    private void optionalText(String field, String canonicalField) {
        if (!body.has(field)) {
            return;
        }
        String value = text(field);
        if (value == null) {
            canonical.putNull(canonicalField);
        } else {
            canonical.put(canonicalField, value);
        }
    }

    /** The string value, null for null or blank; a non-string is refused. */
    private String text(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            reject(field + " must be a string");
            return null;
        }
        String text = value.stringValue().strip();
        return text.isEmpty() ? null : text;
    }

    private void status() {
        if (!body.has("status")) {
            return;
        }
        JsonNode value = body.get("status");
        String text = value.isString() ? value.stringValue().strip().toUpperCase(Locale.ROOT) : "";
        if (text.equals("ACTIVE") || text.equals("INACTIVE")) {
            canonical.put("status", text);
        } else {
            reject("status must be one of the following values: ACTIVE, INACTIVE");
        }
    }

    /** A class-validator sentence, already naming its field. */
    private void reject(String sentence) {
        errors.add(new FieldError("", "invalid_value", sentence));
    }
}
