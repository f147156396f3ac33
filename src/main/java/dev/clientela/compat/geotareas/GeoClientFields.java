package dev.clientela.compat.geotareas;

import dev.clientela.client.ClientChanges;
import dev.clientela.client.ClientDocument;
import dev.clientela.client.ClientField;
import dev.clientela.client.ClientForm;
import dev.clientela.client.ClientStatus;
import dev.clientela.client.NewClient;
import dev.clientela.compat.ProfileBody;
import dev.clientela.document.DocumentCatalog;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads GeoTareas' client body (create, or a partial PUT) into the client form: its flat address
 * fields are the address, {@code business_name} the legal name, {@code zip_code} the postal code,
 * {@code country_id} and {@code department_id} metadata, and {@code document} with
 * {@code document_type} a Uruguayan document. Maximum lengths are the seed's; where the client
 * record allows less (phone and mobile 40, document 40) the form refuses.
 */
final class GeoClientFields {

    /** The seed's text fields, their maximum lengths and the client's fields they are (null: read apart). */
    private static final Map<String, Text> TEXT = Map.ofEntries(
            Map.entry("name", new Text(200, ClientField.NAME)),
            Map.entry("external_code", new Text(120, ClientField.EXTERNAL_CODE)),
            Map.entry("status", new Text(10, null)),
            Map.entry("document", new Text(60, null)),
            Map.entry("business_name", new Text(200, ClientField.LEGAL_NAME)),
            Map.entry("tax_id", new Text(60, ClientField.TAX_ID)),
            Map.entry("phone", new Text(60, ClientField.PHONE)),
            Map.entry("mobile", new Text(60, ClientField.MOBILE)),
            Map.entry("email", new Text(200, ClientField.EMAIL)),
            Map.entry("notes", new Text(1000, ClientField.NOTES)),
            Map.entry("image_url", new Text(500, ClientField.IMAGE_URL)),
            Map.entry("street", new Text(200, ClientField.STREET)),
            Map.entry("door_number", new Text(20, ClientField.DOOR_NUMBER)),
            Map.entry("apartment", new Text(20, ClientField.APARTMENT)),
            Map.entry("corner", new Text(200, ClientField.CORNER)),
            Map.entry("zip_code", new Text(20, ClientField.POSTAL_CODE)),
            Map.entry("country_id", new Text(30, null)),
            Map.entry("department_id", new Text(30, null)));

    private record Text(int max, ClientField field) {}

    private static final Set<String> NUMBERS = Set.of("document_type", "latitude", "longitude");
    private static final Set<String> IGNORED = Set.of("associated_accounts", "created_at", "updated_at");
    private static final Set<String> METADATA = Set.of("country_id", "department_id");
    static final String METADATA_PREFIX = "geotareas.";
    private static final BigDecimal MAX_COORDINATE = BigDecimal.valueOf(1000);
    private static final BigDecimal TINY = new BigDecimal("1E-9");

    private final JsonNode body;
    private final ClientForm form;
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private final List<String> updatedFields = new ArrayList<>();

    private GeoClientFields(JsonNode body, ClientForm form) {
        this.body = ProfileBody.object(body, "The body must be a JSON object");
        this.form = form;
    }

    /** The changes of a partial PUT and the seed fields they came from. */
    record Translation(ClientChanges changes, List<String> updatedFields) {}

    static NewClient forCreate(JsonNode body, String tenantCountry, DocumentCatalog catalog) {
        return new GeoClientFields(body, ClientForm.registering())
                .read(null, tenantCountry, catalog)
                .newClient();
    }

    /** A merge patch: absent fields are kept, null clears; {@code stored} is the client's document now. */
    static Translation forUpdate(JsonNode body, ClientDocument stored, String tenantCountry, DocumentCatalog catalog) {
        GeoClientFields fields = new GeoClientFields(body, ClientForm.changing());
        ClientChanges changes = fields.read(stored, tenantCountry, catalog).changes();
        return new Translation(changes, List.copyOf(fields.updatedFields));
    }

    private ClientForm read(ClientDocument stored, String tenantCountry, DocumentCatalog catalog) {
        for (String field : body.propertyNames()) {
            if (field.equals("id")) {
                form.reject(field, "read_only_field", "'id' is read-only");
            } else if (!IGNORED.contains(field) && !TEXT.containsKey(field) && !NUMBERS.contains(field)) {
                form.reject(field, "unknown_field", "'" + field + "' is not a known field");
            } else if (!IGNORED.contains(field)) {
                updatedFields.add(field);
                read(field);
            }
        }
        if (!metadata.isEmpty()) {
            form.metadata(metadata);
        }
        GeoDocument.read(body, stored, tenantCountry, form, catalog);
        return form;
    }

    private void read(String field) {
        JsonNode value = body.get(field);
        if (TEXT.containsKey(field) && TEXT.get(field).field() != null) {
            form.text(TEXT.get(field).field(), value.isNull() ? null : text(field));
        } else if (METADATA.contains(field)) {
            metadataText(field, value);
        } else if (field.equals("status")) {
            status(value);
        } else if (field.equals("latitude") || field.equals("longitude")) {
            coordinate(field, value);
        }
    }

    /** The seed's text: a string of at most its length; null when refused. */
    private String text(String field) {
        JsonNode value = body.get(field);
        if (!value.isString()) {
            form.reject(field, "invalid_type", "must be a string");
            return null;
        }
        if (tooLong(field, value.stringValue())) {
            form.reject(field, "too_long", "must be at most " + TEXT.get(field).max() + " characters");
            return null;
        }
        return value.stringValue();
    }

    /** The seed's ids of its own country and department lists; numbers are kept as their digits. */
    private void metadataText(String field, JsonNode value) {
        String key = METADATA_PREFIX + field;
        if (value.isNull()) {
            metadata.put(key, null);
        } else if (value.isNumber() && isSmallWholeNumber(value.decimalValue())) {
            metadata.put(key, value.decimalValue().toBigInteger().toString());
        } else {
            String text = text(field);
            if (text != null) {
                metadata.put(key, text);
            }
        }
    }

    private void status(JsonNode value) {
        String text = value.isString() ? value.stringValue().strip() : "";
        if (value.isNull()) {
            form.status(null);
        } else if (text.equalsIgnoreCase("active") || text.equalsIgnoreCase("inactive")) {
            form.status(ClientStatus.valueOf(text.toUpperCase(Locale.ROOT)));
        } else {
            form.reject("status", "invalid_value", "must be active or inactive");
        }
    }

    /** Device coordinates often carry more decimals than a metre needs: rounded to 8. */
    private void coordinate(String field, JsonNode value) {
        ClientField coordinate = field.equals("latitude") ? ClientField.LATITUDE : ClientField.LONGITUDE;
        if (!value.isNull() && !value.isNumber()) {
            form.reject(field, "invalid_type", "must be a number");
            return;
        }
        BigDecimal number = value.isNull() ? null : value.decimalValue();
        if (number != null && number.abs().compareTo(MAX_COORDINATE) <= 0 && number.scale() > 8) {
            number = number.abs().compareTo(TINY) < 0 ? BigDecimal.ZERO : number.setScale(8, RoundingMode.HALF_UP);
        }
        form.coordinate(coordinate, number);
    }

    private static boolean isSmallWholeNumber(BigDecimal number) {
        return number.abs().compareTo(new BigDecimal("1E30")) < 0
                && number.stripTrailingZeros().scale() <= 0;
    }

    static boolean tooLong(String field, String text) {
        return text.codePointCount(0, text.length()) > TEXT.get(field).max();
    }
}
