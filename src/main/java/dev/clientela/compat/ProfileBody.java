package dev.clientela.compat;

import dev.clientela.client.ClientField;
import dev.clientela.client.ClientForm;
import dev.clientela.web.ApiProblem;
import tools.jackson.databind.JsonNode;

/**
 * A profile's request body read member by member into a {@link ClientForm}: the profile names the
 * client field each of its members is, the form checks the value, and a problem carries the
 * field's canonical path, which the profile's {@link FieldNames} rename back.
 */
public final class ProfileBody {

    private ProfileBody() {}

    /** The body, which must be a JSON object; otherwise refused with {@code message}. */
    public static JsonNode object(JsonNode body, String message) {
        if (body == null || !body.isObject()) {
            throw ApiProblem.invalid("", "invalid_type", message);
        }
        return body;
    }

    /**
     * A member given as text: a string is the field's value, null or blank clears it, anything
     * else is refused as the canonical API refuses it. An absent member leaves the field alone.
     */
    public static void text(JsonNode body, String member, ClientForm form, ClientField field) {
        JsonNode value = body.get(member);
        if (value == null) {
            return;
        }
        if (value.isNull() || value.isString()) {
            form.text(field, value.isNull() ? null : value.stringValue());
        } else {
            form.reject(field, "invalid_type", "must be a string");
        }
    }

    /** Whether a member is sent as null or blank, which the seed systems read as no value. */
    public static boolean isEmpty(JsonNode value) {
        return value.isNull() || value.isString() && value.stringValue().isBlank();
    }
}
