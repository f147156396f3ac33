package dev.clientela.compat.geotareas;

import dev.clientela.client.ClientDocument;
import dev.clientela.compat.FieldNames;
import dev.clientela.document.DocumentCatalog;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.FieldError;
import dev.clientela.web.JsonNodes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads GeoTareas' client body (create, or a partial PUT) into the canonical client JSON: its flat
 * address fields become {@code address}, {@code business_name} the legal name, {@code zip_code}
 * the postal code, {@code country_id} and {@code department_id} metadata, and {@code document}
 * with {@code document_type} a Uruguayan document. Maximum lengths are the seed's; where the
 * canonical record allows less (phone and mobile 40, document 40) the canonical check refuses.
 */
final class GeoClientFields {

    /** The seed's text fields and their maximum lengths. */
    static final Map<String, Integer> TEXT = texts();

    private static final Set<String> NUMBERS = Set.of("document_type", "latitude", "longitude");
    private static final Set<String> IGNORED = Set.of("associated_accounts", "created_at", "updated_at");
    private static final Map<String, String> TOP = Map.of(
            "name", "name",
            "external_code", "external_code",
            "business_name", "legal_name",
            "tax_id", "tax_id",
            "phone", "phone",
            "mobile", "mobile",
            "email", "email",
            "notes", "notes",
            "image_url", "image_url");
    private static final Map<String, String> ADDRESS = Map.of(
            "street", "street",
            "door_number", "door_number",
            "apartment", "apartment",
            "corner", "corner",
            "zip_code", "postal_code");
    private static final Set<String> METADATA = Set.of("country_id", "department_id");
    static final String METADATA_PREFIX = "geotareas.";
    private static final BigDecimal MAX_COORDINATE = BigDecimal.valueOf(1000);
    private static final BigDecimal TINY = new BigDecimal("1E-9");

    private final JsonNode body;
    private final List<FieldError> errors = new ArrayList<>();
    private final ObjectNode canonical = JsonNodes.object();
    private final List<String> updatedFields = new ArrayList<>();

    private GeoClientFields(JsonNode body) {
        this.body = body;
    }

    /** A canonical body and the seed fields it came from. */
    record Translation(ObjectNode canonical, List<String> updatedFields) {}

    static Translation forCreate(JsonNode body, String tenantCountry, DocumentCatalog catalog) {
        return new GeoClientFields(body).read(null, tenantCountry, catalog);
    }

    /** A merge patch: absent fields are kept, null clears; {@code stored} is the client's document now. */
    static Translation forUpdate(JsonNode body, ClientDocument stored, String tenantCountry, DocumentCatalog catalog) {
        return new GeoClientFields(body).read(stored, tenantCountry, catalog);
    }

    /** Canonical field paths in the seed's words: {@code address.postal_code} is {@code zip_code}. */
    static final FieldNames NAMES = FieldNames.of(Map.of(
                    "legal_name", "business_name",
                    "document", "document",
                    "document.type", "document_type",
                    "address.postal_code", "zip_code",
                    "q", "search"))
            .flattening("address.", "metadata." + METADATA_PREFIX);

    private Translation read(ClientDocument stored, String tenantCountry, DocumentCatalog catalog) {
        if (body == null || !body.isObject()) {
            throw ApiProblem.invalid("", "invalid_type", "The body must be a JSON object");
        }
        ObjectNode address = JsonNodes.object();
        ObjectNode metadata = JsonNodes.object();
        for (String field : body.propertyNames()) {
            if (field.equals("id")) {
                reject(field, "read_only_field", "'id' is read-only");
            } else if (IGNORED.contains(field)) {
                continue;
            } else if (!TEXT.containsKey(field) && !NUMBERS.contains(field)) {
                reject(field, "unknown_field", "'" + field + "' is not a known field");
            } else {
                updatedFields.add(field);
                read(field, address, metadata);
            }
        }
        if (!address.isEmpty()) {
            canonical.set("address", address);
        }
        if (!metadata.isEmpty()) {
            canonical.set("metadata", metadata);
        }
        new GeoDocument(body, stored, tenantCountry, errors, catalog).into(canonical);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return new Translation(canonical, List.copyOf(updatedFields));
    }

    private void read(String field, ObjectNode address, ObjectNode metadata) {
        if (TOP.containsKey(field)) {
            copyText(field, canonical, TOP.get(field));
        } else if (ADDRESS.containsKey(field)) {
            copyText(field, address, ADDRESS.get(field));
        } else if (METADATA.contains(field)) {
            metadataText(field, metadata);
        } else if (field.equals("status")) {
            status();
        } else if (field.equals("latitude") || field.equals("longitude")) {
            coordinate(field, address);
        }
    }

    private void copyText(String field, ObjectNode target, String name) {
        JsonNode value = body.get(field);
        if (value.isNull()) {
            target.putNull(name);
        } else if (!value.isString()) {
            reject(field, "invalid_type", "must be a string");
        } else if (tooLong(field, value.stringValue())) {
            reject(field, "too_long", "must be at most " + TEXT.get(field) + " characters");
        } else {
            target.put(name, value.stringValue());
        }
    }

    /** The seed's ids of its own country and department lists; numbers are kept as their digits. */
    private void metadataText(String field, ObjectNode metadata) {
        JsonNode value = body.get(field);
        String key = METADATA_PREFIX + field;
        if (value.isNull()) {
            metadata.putNull(key);
        } else if (value.isNumber() && isSmallWholeNumber(value.decimalValue())) {
            metadata.put(key, value.decimalValue().toBigInteger().toString());
        } else if (!value.isString()) {
            reject(field, "invalid_type", "must be a string");
        } else if (tooLong(field, value.stringValue())) {
            reject(field, "too_long", "must be at most " + TEXT.get(field) + " characters");
        } else {
            metadata.put(key, value.stringValue());
        }
    }

    private void status() {
        JsonNode value = body.get("status");
        if (value.isNull()) {
            canonical.putNull("status");
            return;
        }
        String text = value.isString() ? value.stringValue().strip() : "";
        if (text.equalsIgnoreCase("active") || text.equalsIgnoreCase("inactive")) {
            canonical.put("status", text.toUpperCase(java.util.Locale.ROOT));
        } else {
            reject("status", "invalid_value", "must be active or inactive");
        }
    }

    /** Device coordinates often carry more decimals than a metre needs: rounded to 8. */
    private void coordinate(String field, ObjectNode address) {
        JsonNode value = body.get(field);
        if (value.isNull()) {
            address.putNull(field);
            return;
        }
        if (!value.isNumber()) {
            reject(field, "invalid_type", "must be a number");
            return;
        }
        BigDecimal number = value.decimalValue();
        if (number.abs().compareTo(MAX_COORDINATE) <= 0 && number.scale() > 8) {
            number = number.abs().compareTo(TINY) < 0 ? BigDecimal.ZERO : number.setScale(8, RoundingMode.HALF_UP);
        }
        address.put(field, number);
    }

    private static boolean isSmallWholeNumber(BigDecimal number) {
        return number.abs().compareTo(new BigDecimal("1E30")) < 0
                && number.stripTrailingZeros().scale() <= 0;
    }

    private static boolean tooLong(String field, String text) {
        return text.codePointCount(0, text.length()) > TEXT.get(field);
    }

    private void reject(String field, String code, String message) {
        errors.add(new FieldError(field, code, message));
    }

    private static Map<String, Integer> texts() {
        Map<String, Integer> texts = new LinkedHashMap<>();
        texts.put("name", 200);
        texts.put("external_code", 120);
        texts.put("status", 10);
        texts.put("document", 60);
        texts.put("business_name", 200);
        texts.put("tax_id", 60);
        texts.put("phone", 60);
        texts.put("mobile", 60);
        texts.put("email", 200);
        texts.put("notes", 1000);
        texts.put("image_url", 500);
        texts.put("street", 200);
        texts.put("door_number", 20);
        texts.put("apartment", 20);
        texts.put("corner", 200);
        texts.put("zip_code", 20);
        texts.put("country_id", 30);
        texts.put("department_id", 30);
        return Map.copyOf(texts);
    }
}
