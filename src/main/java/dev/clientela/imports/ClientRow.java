package dev.clientela.imports;

import dev.clientela.client.Address;
import dev.clientela.client.BulkMode;
import dev.clientela.client.BulkRow;
import dev.clientela.client.Client;
import dev.clientela.client.ClientBatch;
import dev.clientela.client.ClientChanges;
import dev.clientela.client.ClientDocument;
import dev.clientela.client.ClientInput;
import dev.clientela.client.NewClient;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one mapping between a file's row and a client: cells (by canonical column) into the body the API
 * takes, with the file's decimal separator, date format and the authorities' document codes; and a
 * client back into cells, for exports. Spanish words for status and kind are read as the API's.
 */
final class ClientRow {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<String, String> WORDS = Map.of(
            "activo",
            "ACTIVE",
            "activa",
            "ACTIVE",
            "inactivo",
            "INACTIVE",
            "inactiva",
            "INACTIVE",
            "persona",
            "PERSON",
            "natural",
            "PERSON",
            "empresa",
            "COMPANY",
            "juridica",
            "COMPANY");

    private ClientRow() {}

    /** The row as the API would take it; throws a 422 for a cell no client field could hold. */
    static BulkRow read(
            int line, Map<String, String> cells, ImportOptions options, ClientBatch batch, JsonMapper json) {
        ObjectNode body = NODES.objectNode();
        ObjectNode document = NODES.objectNode();
        ObjectNode address = NODES.objectNode();
        ObjectNode metadata = null;
        List<FieldError> errors = new ArrayList<>();
        Long number = null;
        for (Map.Entry<String, String> cell : cells.entrySet()) {
            String column = cell.getKey();
            String value = cell.getValue() == null || cell.getValue().isBlank()
                    ? null
                    : cell.getValue().strip();
            if (column.equals("number")) {
                number = number(value, errors);
            } else if (column.equals("metadata")) {
                metadata = metadata(value, metadata, json, errors);
            } else if (column.startsWith(Columns.METADATA_PREFIX)) {
                metadata = metadata == null ? NODES.objectNode() : metadata;
                metadata.put(column.substring(Columns.METADATA_PREFIX.length()), date(value, options));
            } else if (column.startsWith("document.")) {
                document.set(column.substring("document.".length()), text(value));
            } else if (column.startsWith("address.")) {
                String part = column.substring("address.".length());
                address.set(
                        part,
                        part.equals("latitude") || part.equals("longitude") ? decimal(value, options) : text(value));
            } else if (column.equals("credit_limit")) {
                body.set(column, decimal(value, options));
            } else if (column.equals("status") || column.equals("kind")) {
                body.set(
                        column,
                        value == null
                                ? NODES.nullNode()
                                : NODES.stringNode(WORDS.getOrDefault(Columns.fold(value), value)));
            } else {
                body.set(column, text(value));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        if (!document.isEmpty()) {
            body.set("document", allNull(document) ? NODES.nullNode() : document(document, batch));
        }
        if (!address.isEmpty()) {
            body.set("address", allNull(address) ? NODES.nullNode() : address);
        }
        if (metadata != null) {
            body.set("metadata", metadata);
        }
        NewClient created = null;
        List<FieldError> refused = List.of();
        if (options.mode() != BulkMode.UPDATE) {
            try {
                created = ClientInput.newClient(body);
            } catch (ApiProblem invalid) {
                refused = invalid.errors();
            }
        }
        ClientChanges changes = options.mode() == BulkMode.INSERT ? null : ClientInput.changes(body);
        return new BulkRow(line, created, refused, changes, number);
    }

    /**
     * A client as the cells of the template's columns, an empty cell for what it lacks. Each cell is
     * taken straight from the record: an export writes this for every client, and filling a map of
     * the columns first cost two thirds of an export's time in the service.
     */
    static List<String> cells(Client c, JsonMapper json) {
        List<String> cells = new ArrayList<>(Columns.TEMPLATE.size());
        for (String column : Columns.TEMPLATE) {
            String value = cell(c, column, json);
            cells.add(value == null ? "" : value);
        }
        return cells;
    }

    private static String cell(Client c, String column, JsonMapper json) {
        ClientDocument d = c.document();
        Address a = c.address();
        return switch (column) {
            case "number" -> String.valueOf(c.number());
            case "name" -> c.name();
            case "legal_name" -> c.legalName();
            case "trade_name" -> c.tradeName();
            case "kind" -> c.kind().name();
            case "document.country" -> d == null ? null : d.country();
            case "document.type" -> d == null ? null : d.type();
            case "document.number" -> d == null ? null : d.typedOr(d.number());
            case "tax_id" -> c.taxId();
            case "email" -> c.email();
            case "phone" -> c.phone();
            case "mobile" -> c.mobile();
            case "address.line" -> a == null ? null : a.line();
            case "address.street" -> a == null ? null : a.street();
            case "address.door_number" -> a == null ? null : a.doorNumber();
            case "address.apartment" -> a == null ? null : a.apartment();
            case "address.corner" -> a == null ? null : a.corner();
            case "address.district" -> a == null ? null : a.district();
            case "address.city" -> a == null ? null : a.city();
            case "address.province" -> a == null ? null : a.province();
            case "address.department" -> a == null ? null : a.department();
            case "address.postal_code" -> a == null ? null : a.postalCode();
            case "address.country" -> a == null ? null : a.country();
            case "address.ubigeo" -> a == null ? null : a.ubigeo();
            case "address.latitude" -> a == null ? null : plain(a.latitude());
            case "address.longitude" -> a == null ? null : plain(a.longitude());
            case "notes" -> c.notes();
            case "image_url" -> c.imageUrl();
            case "external_code" -> c.externalCode();
            case "status" -> c.status().name();
            case "credit_limit" -> plain(c.creditLimit());
            case "metadata" -> c.metadata().isEmpty() ? null : json.writeValueAsString(c.metadata());
            default -> throw new IllegalStateException("The template's column " + column + " has no cell");
        };
    }

    private static JsonNode document(ObjectNode document, ClientBatch batch) {
        ObjectNode d = document;
        if (d.get("type") != null && d.get("type").isString()) {
            String country = d.get("country") != null ? d.get("country").stringValue() : null;
            d.put("type", batch.documentType(country, d.get("type").stringValue()));
        }
        return d;
    }

    private static Long number(String value, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            long n = Long.parseLong(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError("number", "invalid_value", "must be a client number, a whole number above 0"));
        return null;
    }

    private static ObjectNode metadata(String value, ObjectNode into, JsonMapper json, List<FieldError> errors) {
        ObjectNode metadata = into == null ? NODES.objectNode() : into;
        if (value == null) {
            return metadata;
        }
        try {
            if (json.readTree(value) instanceof ObjectNode given) {
                given.properties().forEach(e -> metadata.set(e.getKey(), e.getValue()));
                return metadata;
            }
        } catch (RuntimeException e) {
            // reported below
        }
        errors.add(new FieldError("metadata", "invalid_format", "must be a JSON object of strings"));
        return metadata;
    }

    /** A value in the file's date format is kept as an ISO date; anything else as written. */
    private static String date(String value, ImportOptions options) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value, options.dates()).toString();
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    private static JsonNode decimal(String value, ImportOptions options) {
        if (value == null) {
            return NODES.nullNode();
        }
        String plain = value.replace(" ", "");
        if (options.decimalSeparator() == ',') {
            plain = plain.replace(".", "").replace(',', '.');
        }
        try {
            return NODES.numberNode(new BigDecimal(plain));
        } catch (NumberFormatException e) {
            return NODES.stringNode(value);
        }
    }

    private static JsonNode text(String value) {
        return value == null ? NODES.nullNode() : NODES.stringNode(value);
    }

    private static boolean allNull(ObjectNode node) {
        for (JsonNode value : node.values()) {
            if (!value.isNull()) {
                return false;
            }
        }
        return true;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
