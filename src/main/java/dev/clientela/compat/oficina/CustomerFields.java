package dev.clientela.compat.oficina;

import dev.clientela.client.ClientChanges;
import dev.clientela.client.ClientField;
import dev.clientela.client.ClientForm;
import dev.clientela.client.ClientStatus;
import dev.clientela.client.NewClient;
import dev.clientela.compat.ProfileBody;
import dev.clientela.document.DocumentCatalog;
import dev.clientela.web.ApiProblem;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads a CreateCustomerDto or UpdateCustomerDto into the client it means: {@code razonSocial} is
 * the name and the legal name, {@code nit} a NIT base whose check digit is computed here,
 * {@code direccion} the address line. Refusals are worded like class-validator's.
 */
final class CustomerFields {

    private static final Set<String> FIELDS = Set.of("razonSocial", "nit", "email", "telefono", "direccion", "status");

    private final JsonNode body;
    private final ClientForm form;
    private boolean refused;

    private CustomerFields(JsonNode body, ClientForm form) {
        this.body = ProfileBody.object(body, "the body must be a JSON object");
        this.form = form;
    }

    static NewClient forCreate(JsonNode body, DocumentCatalog catalog) {
        return new CustomerFields(body, ClientForm.registering())
                .read(true, catalog)
                .newClient();
    }

    /** A merge patch: only the fields present change, null clears the optional ones. */
    static ClientChanges forUpdate(JsonNode body, DocumentCatalog catalog) {
        CustomerFields fields = new CustomerFields(body, ClientForm.changing());
        ClientForm form = fields.read(false, catalog);
        if (fields.refused) {
            // The DTO's own refusals come before finding the customer, as in the seed.
            throw ApiProblem.invalid(form.errors());
        }
        return form.changes();
    }

    private ClientForm read(boolean creating, DocumentCatalog catalog) {
        for (String name : body.propertyNames()) {
            if (!FIELDS.contains(name)) {
                reject("", "property " + name + " should not exist");
            }
        }
        String name = requiredText("razonSocial", ClientField.NAME, creating);
        if (name != null) {
            form.text(ClientField.NAME, name).text(ClientField.LEGAL_NAME, name);
        }
        String nit = requiredText("nit", ClientField.DOCUMENT, creating);
        String base = nit == null ? null : catalog.checkBase("CO", "NIT", nit).number();
        if (base != null && base.isEmpty()) {
            reject(ClientField.DOCUMENT.path(), "should not be empty");
        } else if (base != null) {
            // DIAN's check digit computed; a NIT typed with its digit after a dash is kept.
            form.document("CO", "NIT", base, nit);
        }
        optionalText("email", ClientField.EMAIL);
        optionalText("telefono", ClientField.PHONE);
        optionalText("direccion", ClientField.LINE);
        if (body.has("status")) {
            JsonNode value = body.get("status");
            String text = value.isString() ? value.stringValue().strip().toUpperCase(Locale.ROOT) : "";
            if (text.equals("ACTIVE") || text.equals("INACTIVE")) {
                form.status(ClientStatus.valueOf(text));
            } else {
                reject("status", "must be one of the following values: ACTIVE, INACTIVE");
            }
        }
        return form;
    }

    private String requiredText(String field, ClientField canonical, boolean creating) {
        if (!body.has(field) && !creating) {
            return null;
        }
        if (body.get(field) == null || ProfileBody.isEmpty(body.get(field))) {
            reject(canonical.path(), "should not be empty");
            return null;
        }
        return text(field, canonical);
    }

    private void optionalText(String field, ClientField canonical) {
        if (body.has(field)) {
            form.text(canonical, text(field, canonical));
        }
    }

    /** The string value, null for null or blank; a non-string is refused. */
    private String text(String field, ClientField canonical) {
        JsonNode value = body.get(field);
        if (value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            reject(canonical.path(), "must be a string");
            return null;
        }
        String text = value.stringValue().strip();
        return text.isEmpty() ? null : text;
    }

    /**
     * A class-validator sentence: the dialect names the field ({@code razonSocial should not be
     * empty}); a refusal of the whole body ({@code path} empty) is a sentence already.
     */
    private void reject(String path, String sentence) {
        form.reject(path, "invalid_value", sentence);
        refused = true;
    }
}
