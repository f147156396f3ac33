package dev.clientela.client;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.JsonInput;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Reads a client's JSON, strictly and reporting every field error at once, into a typed command:
 * the JSON's members and types are checked here, their values by {@link ClientForm}.
 */
public final class ClientInput {

    static final Set<String> FIELDS = Set.of(
            "name",
            "legal_name",
            "trade_name",
            "document",
            "tax_id",
            "email",
            "phone",
            "mobile",
            "address",
            "notes",
            "image_url",
            "external_code",
            "status",
            "metadata",
            "kind",
            "credit_limit");
    static final Set<String> READ_ONLY = Set.of(
            "id",
            "number",
            "phone_e164",
            "mobile_e164",
            "version",
            "created_at",
            "updated_at",
            "deleted_at",
            "warnings");
    private static final Set<String> DOCUMENT_READ_ONLY = Set.of("formatted", "check_digit", "anonymous");
    private static final List<ClientField> TEXTS = List.of(
            ClientField.NAME,
            ClientField.LEGAL_NAME,
            ClientField.TRADE_NAME,
            ClientField.TAX_ID,
            ClientField.EMAIL,
            ClientField.PHONE,
            ClientField.MOBILE,
            ClientField.NOTES,
            ClientField.IMAGE_URL,
            ClientField.EXTERNAL_CODE);

    private ClientInput() {}

    /** Reads a client to register; throws one 422 listing every invalid field. */
    public static NewClient newClient(JsonNode body) {
        return read(JsonInput.of(body, FIELDS, READ_ONLY), ClientForm.registering())
                .newClient();
    }

    /**
     * Reads a JSON merge patch of a client: each member sent is checked as when registering. The
     * problems found travel with the changes, for the registry to report once it has found the
     * client; whether the client is complete once merged is the registry's to say too.
     */
    public static ClientChanges changes(JsonNode patch) {
        JsonInput in;
        try {
            in = JsonInput.of(patch, FIELDS, READ_ONLY);
        } catch (ApiProblem notAnObject) {
            return ClientChanges.refused(notAnObject.errors());
        }
        return read(in, ClientForm.changing()).changes();
    }

    /** The JSON's types are checked here, its values by the form. */
    private static ClientForm read(JsonInput in, ClientForm form) {
        for (ClientField field : TEXTS) {
            if (in.has(field.path())) {
                form.text(field, in.string(field.path(), Integer.MAX_VALUE));
            }
        }
        members(in, form, ClientField.DOCUMENT, DOCUMENT_READ_ONLY);
        members(in, form, ClientField.ADDRESS, Set.of());
        if (in.has("status")) {
            form.status(in.choice("status", ClientStatus.class));
        }
        if (in.has("kind")) {
            form.kind(in.choice("kind", ClientKind.class));
        }
        if (in.has("credit_limit")) {
            form.creditLimit(in.number("credit_limit"));
        }
        Map<String, String> metadata = in.stringMap("metadata");
        in.errors().forEach(e -> form.reject(e.field(), e.code(), e.message()));
        if (in.isNull("metadata")) {
            form.clear(ClientField.METADATA);
        } else if (metadata != null) {
            form.metadata(metadata);
        }
        return form;
    }

    /** The document's or the address's members, as the form's fields of that object. */
    private static void members(JsonInput in, ClientForm form, ClientField object, Set<String> readOnly) {
        List<ClientField> fields = Arrays.stream(ClientField.values())
                .filter(f -> f.path().startsWith(object.path() + "."))
                .toList();
        Set<String> names = fields.stream().map(ClientField::member).collect(Collectors.toSet());
        if (in.isNull(object.path())) {
            form.clear(object);
        }
        JsonInput members = in.object(object.path(), names, readOnly);
        if (members == null) {
            return;
        }
        form.open(object);
        for (ClientField field : fields) {
            if (!members.has(field.member())) {
                continue;
            }
            if (field == ClientField.LATITUDE || field == ClientField.LONGITUDE) {
                form.coordinate(field, members.number(field.member()));
            } else {
                form.text(field, members.string(field.member(), Integer.MAX_VALUE));
            }
        }
    }
}
