package dev.clientela.compat.credith;

import dev.clientela.client.Client;
import dev.clientela.client.ClientDocument;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.FieldError;
import dev.clientela.web.JsonNodes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Credith's client ({@code name, dni, phone, address}) to and from the canonical client: the dni is a
 * Honduran DNI, the address a single line. Fields Credith did not accept are ignored, as it did.
 */
final class CredithClientJson {

    private CredithClientJson() {}

    /** The canonical body of a new client. */
    static ObjectNode newClient(JsonNode body) {
        ObjectNode object = requireObject(body);
        ObjectNode canonical = JsonNodes.object();
        if (object.has("name")) {
            canonical.set("name", object.get("name"));
        }
        copy(object, canonical);
        return canonical;
    }

    /** The canonical merge patch of a partial update: null or "" clears dni, phone and address. */
    static ObjectNode patch(JsonNode body) {
        ObjectNode object = requireObject(body);
        ObjectNode canonical = JsonNodes.object();
        if (object.has("name")) {
            JsonNode name = object.get("name");
            if (name.isNull() || name.isString() && name.stringValue().isBlank()) {
                throw CredithRefusal.emptyName();
            }
            canonical.set("name", name);
        }
        copy(object, canonical);
        return canonical;
    }

    private static void copy(ObjectNode object, ObjectNode canonical) {
        List<FieldError> errors = new ArrayList<>();
        checkLength(object, "dni", "document.number", errors);
        checkLength(object, "phone", "phone", errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        if (object.has("dni")) {
            JsonNode dni = object.get("dni");
            if (isEmpty(dni)) {
                canonical.putNull("document");
            } else {
                canonical
                        .putObject("document")
                        .put("country", "HN")
                        .put("type", "DNI")
                        .set("number", dni);
            }
        }
        if (object.has("phone")) {
            if (isEmpty(object.get("phone"))) {
                canonical.putNull("phone");
            } else {
                canonical.set("phone", object.get("phone"));
            }
        }
        if (object.has("address")) {
            JsonNode address = object.get("address");
            if (isEmpty(address)) {
                canonical.putNull("address");
            } else {
                canonical.putObject("address").set("line", address);
            }
        }
    }

    private static void checkLength(ObjectNode object, String field, String canonical, List<FieldError> errors) {
        JsonNode value = object.get(field);
        if (value != null
                && value.isString()
                && value.stringValue().strip().length() > CredithFields.MAX_DNI_OR_PHONE) {
            errors.add(new FieldError(
                    canonical, "too_long", "must be at most " + CredithFields.MAX_DNI_OR_PHONE + " characters"));
        }
    }

    private static boolean isEmpty(JsonNode value) {
        return value.isNull() || value.isString() && value.stringValue().isBlank();
    }

    private static ObjectNode requireObject(JsonNode body) {
        if (body instanceof ObjectNode object) {
            return object;
        }
        throw ApiProblem.invalid("", "invalid_type", "The body must be a JSON object");
    }

    /** A client as Credith showed it. */
    static Map<String, Object> view(Client c) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("clientId", c.id());
        view.put("name", c.name());
        view.put("dni", dni(c.document()));
        view.put("phone", c.phone());
        view.put("address", c.address() == null ? null : c.address().line());
        view.put("isActive", c.isActive());
        view.put("createdAt", c.createdAt());
        view.put("updatedAt", c.updatedAt());
        return view;
    }

    private static String dni(ClientDocument d) {
        if (d == null) {
            return null;
        }
        return d.typedOr(d.formatted() != null ? d.formatted() : d.number());
    }
}
