package dev.clientela.compat.facturacion;

import dev.clientela.web.JsonNodes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A client as the e-invoicing system receives it, checked by that system's rules and written as the
 * registry's client JSON: a new client, or a merge patch where an absent field is kept and a null
 * one cleared. {@code companyId} is the company named in the request, null when none was.
 */
record ClientRequest(Long companyId, ObjectNode canonical) {

    /** The registry's display name is at most 200 characters; the legal name keeps all 255. */
    private static final int NAME_MAX = 200;

    static ClientRequest forCreate(JsonNode body, SunatDocumentTypes types) {
        return read(FieldRules.of(body), true, types);
    }

    static ClientRequest forUpdate(JsonNode body, SunatDocumentTypes types) {
        return read(FieldRules.of(body), false, types);
    }

    private static ClientRequest read(FieldRules in, boolean creating, SunatDocumentTypes types) {
        Long companyId = in.integer("company_id");
        String code = in.choice("tipo_documento", SunatDocumentTypes.CODES, creating || in.has("tipo_documento"));
        String number = in.text("numero_documento", 20, creating || in.has("numero_documento"));
        String razonSocial = in.text("razon_social", 255, creating || in.has("razon_social"));
        String nombreComercial = in.text("nombre_comercial", 255, false);
        String direccion = in.text("direccion", 255, false);
        String ubigeo = in.digits("ubigeo", 6);
        String distrito = in.text("distrito", 100, false);
        String provincia = in.text("provincia", 100, false);
        String departamento = in.text("departamento", 100, false);
        String telefono = in.text("telefono", 20, false);
        String email = in.email("email", 255);
        Boolean activo = in.bool("activo");
        in.throwIfInvalid();

        Patch client = new Patch(in, creating, JsonNodes.object());
        if (razonSocial != null) {
            client.target().put("name", displayName(razonSocial));
            client.target().put("legal_name", razonSocial);
        }
        client.set("trade_name", "nombre_comercial", nombreComercial);
        client.set("phone", "telefono", telefono);
        client.set("email", "email", email);
        if (activo != null) {
            client.target().put("status", activo ? "ACTIVE" : "INACTIVE");
        }
        ObjectNode document = JsonNodes.object();
        if (code != null) {
            document.put("country", SunatDocumentTypes.PERU);
            document.put("type", types.typeOf(code));
        }
        if (number != null) {
            document.put("number", number);
        }
        if (!document.isEmpty()) {
            client.target().set("document", document);
        }
        Patch address = new Patch(in, creating, JsonNodes.object());
        address.set("line", "direccion", direccion);
        address.set("ubigeo", "ubigeo", ubigeo);
        address.set("district", "distrito", distrito);
        address.set("province", "provincia", provincia);
        address.set("department", "departamento", departamento);
        if (!address.target().isEmpty()) {
            client.target().set("address", address.target());
        }
        return new ClientRequest(companyId, client.target());
    }

    private static String displayName(String razonSocial) {
        if (razonSocial.codePointCount(0, razonSocial.length()) <= NAME_MAX) {
            return razonSocial;
        }
        return razonSocial
                .substring(0, razonSocial.offsetByCodePoints(0, NAME_MAX))
                .strip();
    }

    /** Members written into {@code target}: a value when given, a null when an update clears it. */
    private record Patch(FieldRules in, boolean creating, ObjectNode target) {

        void set(String member, String seedField, String value) {
            if (value != null) {
                target.put(member, value);
            } else if (!creating && in.has(seedField)) {
                target.putNull(member);
            }
        }
    }
}
