package dev.clientela.compat.inventario;

import dev.clientela.client.Client;
import dev.clientela.document.DocumentCatalog;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.JsonNodes;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The inventory app's Cliente ({@code nombre, documento, email, telefono, direccion, notas}) to and
 * from the canonical client. Empty strings are absent values; fields the app did not have are ignored.
 */
final class ClienteJson {

    private ClienteJson() {}

    /** The canonical body of a new client: "" is no value, nombre is trimmed (by the canonical rules). */
    static ObjectNode newClient(JsonNode body, DocumentCatalog catalog) {
        ObjectNode object = requireObject(body);
        ObjectNode canonical = JsonNodes.object();
        if (object.has("nombre")) {
            canonical.set("name", object.get("nombre"));
        }
        copy(object, canonical, catalog);
        return canonical;
    }

    /** The canonical merge patch of an update: an empty nombre is ignored; "" or null clears the rest. */
    static ObjectNode patch(JsonNode body, DocumentCatalog catalog) {
        ObjectNode object = requireObject(body);
        ObjectNode canonical = JsonNodes.object();
        JsonNode nombre = object.get("nombre");
        if (nombre != null && !isEmpty(nombre)) {
            canonical.set("name", nombre);
        }
        copy(object, canonical, catalog);
        return canonical;
    }

    private static void copy(ObjectNode object, ObjectNode canonical, DocumentCatalog catalog) {
        if (object.has("documento")) {
            JsonNode documento = object.get("documento");
            if (isEmpty(documento)) {
                canonical.putNull("document");
            } else if (documento.isString()) {
                canonical.set("document", Documento.canonical(documento.stringValue(), catalog));
            } else {
                canonical
                        .putObject("document")
                        .put("country", "CO")
                        .put("type", "CC")
                        .set("number", documento);
            }
        }
        text(object, "email", canonical, "email");
        text(object, "telefono", canonical, "phone");
        text(object, "notas", canonical, "notes");
        if (object.has("direccion")) {
            JsonNode direccion = object.get("direccion");
            if (isEmpty(direccion)) {
                canonical.putNull("address");
            } else {
                canonical.putObject("address").set("line", direccion);
            }
        }
    }

    private static void text(ObjectNode object, String field, ObjectNode canonical, String canonicalField) {
        if (!object.has(field)) {
            return;
        }
        JsonNode value = object.get(field);
        if (isEmpty(value)) {
            canonical.putNull(canonicalField);
        } else {
            canonical.set(canonicalField, value);
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

    /** A Cliente as the app showed it. */
    static Map<String, Object> view(Client c) {
        Map<String, Object> view = contact(c);
        view.put("direccion", c.address() == null ? null : c.address().line());
        view.put("notas", c.notes());
        view.put("creadoEn", c.createdAt());
        return view;
    }

    /** The fields the history shows of its client. */
    static Map<String, Object> contact(Client c) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", c.number());
        view.put("nombre", c.name());
        view.put("documento", Documento.shown(c.document()));
        view.put("email", c.email());
        view.put("telefono", c.phone());
        return view;
    }
}
