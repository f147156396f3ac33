package dev.clientela.compat.credith;

import dev.clientela.client.Client;
import dev.clientela.client.ClientChanges;
import dev.clientela.client.ClientDocument;
import dev.clientela.client.ClientField;
import dev.clientela.client.ClientForm;
import dev.clientela.client.NewClient;
import dev.clientela.compat.ProfileBody;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Credith's client ({@code name, dni, phone, address}) to and from the client: the dni is a
 * Honduran DNI, the address a single line. Fields Credith did not accept are ignored, as it did.
 */
final class CredithClientJson {

    /** Credith's column limit for dni and phone. */
    static final int MAX_DNI_OR_PHONE = 25;

    private CredithClientJson() {}

    static NewClient newClient(JsonNode body) {
        return read(body, ClientForm.registering()).newClient();
    }

    /** The merge patch of a partial update: null or "" clears dni, phone and address. */
    static ClientChanges patch(JsonNode body) {
        return read(body, ClientForm.changing()).changes();
    }

    private static ClientForm read(JsonNode json, ClientForm form) {
        JsonNode client = ProfileBody.object(json, "The body must be a JSON object");
        JsonNode name = client.get("name");
        if (!form.registers() && name != null && ProfileBody.isEmpty(name)) {
            throw CredithRefusal.emptyName();
        }
        List<FieldError> errors = new ArrayList<>();
        checkLength(client, "dni", "document.number", errors);
        checkLength(client, "phone", "phone", errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        ProfileBody.text(client, "name", form, ClientField.NAME);
        JsonNode dni = client.get("dni");
        if (dni != null && ProfileBody.isEmpty(dni)) {
            form.clear(ClientField.DOCUMENT);
        } else if (dni != null) {
            form.document("HN", "DNI", null, null);
            ProfileBody.text(client, "dni", form, ClientField.DOCUMENT_NUMBER);
        }
        ProfileBody.text(client, "phone", form, ClientField.PHONE);
        JsonNode address = client.get("address");
        if (address != null && ProfileBody.isEmpty(address)) {
            form.clear(ClientField.ADDRESS);
        } else {
            ProfileBody.text(client, "address", form, ClientField.LINE);
        }
        return form;
    }

    private static void checkLength(JsonNode client, String field, String canonical, List<FieldError> errors) {
        JsonNode value = client.get(field);
        if (value != null && value.isString() && value.stringValue().strip().length() > MAX_DNI_OR_PHONE) {
            errors.add(new FieldError(canonical, "too_long", "must be at most " + MAX_DNI_OR_PHONE + " characters"));
        }
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
