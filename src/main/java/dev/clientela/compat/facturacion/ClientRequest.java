package dev.clientela.compat.facturacion;

import dev.clientela.client.ClientField;
import dev.clientela.client.ClientForm;
import dev.clientela.client.ClientStatus;
import tools.jackson.databind.JsonNode;

/**
 * A client as the e-invoicing system receives it, checked by that system's rules and given to the
 * client form: a new client, or a merge patch where an absent field is kept and a null one cleared.
 * {@code companyId} is the company named in the request, null when none was.
 */
record ClientRequest(Long companyId, ClientForm form) {

    /** The registry's display name is at most 200 characters; the legal name keeps all 255. */
    private static final int NAME_MAX = 200;

    static ClientRequest forCreate(JsonNode body, SunatDocumentTypes types) {
        return read(FieldRules.of(body), ClientForm.registering(), types);
    }

    static ClientRequest forUpdate(JsonNode body, SunatDocumentTypes types) {
        return read(FieldRules.of(body), ClientForm.changing(), types);
    }

    private static ClientRequest read(FieldRules in, ClientForm form, SunatDocumentTypes types) {
        boolean creating = form.registers();
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

        if (razonSocial != null) {
            form.text(ClientField.NAME, displayName(razonSocial)).text(ClientField.LEGAL_NAME, razonSocial);
        }
        given(in, form, "nombre_comercial", ClientField.TRADE_NAME, nombreComercial);
        given(in, form, "telefono", ClientField.PHONE, telefono);
        given(in, form, "email", ClientField.EMAIL, email);
        given(in, form, "direccion", ClientField.LINE, direccion);
        given(in, form, "ubigeo", ClientField.UBIGEO, ubigeo);
        given(in, form, "distrito", ClientField.DISTRICT, distrito);
        given(in, form, "provincia", ClientField.PROVINCE, provincia);
        given(in, form, "departamento", ClientField.DEPARTMENT, departamento);
        if (activo != null) {
            form.status(activo ? ClientStatus.ACTIVE : ClientStatus.INACTIVE);
        }
        if (code != null) {
            form.text(ClientField.DOCUMENT_COUNTRY, SunatDocumentTypes.PERU)
                    .text(ClientField.DOCUMENT_TYPE, types.typeOf(code));
        }
        if (number != null) {
            form.text(ClientField.DOCUMENT_NUMBER, number);
        }
        return new ClientRequest(companyId, form);
    }

    /** A field sent: its value, or in an update, null to clear it. */
    private static void given(FieldRules in, ClientForm form, String field, ClientField canonical, String value) {
        if (in.has(field)) {
            form.text(canonical, value);
        }
    }

    private static String displayName(String razonSocial) {
        if (razonSocial.codePointCount(0, razonSocial.length()) <= NAME_MAX) {
            return razonSocial;
        }
        return razonSocial
                .substring(0, razonSocial.offsetByCodePoints(0, NAME_MAX))
                .strip();
    }
}
