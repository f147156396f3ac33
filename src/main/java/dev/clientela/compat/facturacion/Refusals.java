package dev.clientela.compat.facturacion;

import dev.clientela.compat.Refusal;
import dev.clientela.web.ErrorCode;
import java.util.List;
import java.util.Map;

/**
 * The refusals already worded as the e-invoicing system words them: their status (a duplicate is a
 * 400 there), their Spanish message and, for invalid fields, their messages by field.
 */
final class Refusals {

    private Refusals() {}

    static Refusal invalid(Map<String, List<String>> fields) {
        return new Refusal(ErrorCode.VALIDATION_ERROR, 422, Messages.INVALID, fields);
    }

    static Refusal unknownCompany() {
        return new Refusal(ErrorCode.NOT_FOUND, 404, Messages.UNKNOWN_COMPANY, Map.of());
    }

    static Refusal duplicateOnUpdate() {
        return new Refusal(ErrorCode.DUPLICATE_DOCUMENT, 400, Messages.DUPLICATE_ON_UPDATE, Map.of());
    }

    static Refusal notAnObject() {
        return new Refusal(ErrorCode.BAD_REQUEST, 400, Messages.NOT_AN_OBJECT, Map.of());
    }
}
