package dev.clientela.client;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON a client is stored with: its editable part (for the audit trail), address and metadata. */
@Component
class ClientJson {

    private final JsonMapper json;

    ClientJson(JsonMapper json) {
        this.json = json;
    }

    /** The members a caller may set, as they stand, for a merge patch to apply to. */
    JsonNode editable(Client c) {
        Map<String, Object> fields = new LinkedHashMap<>();
        put(fields, "name", c.name());
        put(fields, "legal_name", c.legalName());
        put(fields, "trade_name", c.tradeName());
        if (c.document() != null) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("country", c.document().country());
            document.put("type", c.document().type());
            document.put("number", c.document().number());
            put(document, "typed", c.document().typed());
            fields.put("document", document);
        }
        put(fields, "tax_id", c.taxId());
        put(fields, "email", c.email());
        put(fields, "phone", c.phone());
        put(fields, "mobile", c.mobile());
        put(fields, "address", c.address());
        put(fields, "notes", c.notes());
        put(fields, "image_url", c.imageUrl());
        put(fields, "external_code", c.externalCode());
        put(fields, "status", c.status());
        if (!c.metadata().isEmpty()) {
            fields.put("metadata", c.metadata());
        }
        put(fields, "kind", c.kind());
        put(fields, "credit_limit", c.creditLimit());
        return json.valueToTree(fields);
    }

    String write(Object value) {
        return json.writeValueAsString(value);
    }

    <T> T read(String text, Class<T> type) {
        return json.readValue(text, type);
    }

    private static void put(Map<String, Object> fields, String name, Object value) {
        if (value != null) {
            fields.put(name, value);
        }
    }
}
