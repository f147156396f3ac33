package dev.clientela.compat.facturacion;

import dev.clientela.client.ClientField;
import dev.clientela.client.ClientForm;
import dev.clientela.client.ClientStatus;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A client as the e-invoicing system receives it, checked by that system's rules and given to the
 * client form: a new client, or a merge patch where an absent field is kept and a null one cleared.
 * {@code companyId} is the company named in the request, null when none was.
 */
record ClientRequest(Long companyId, ClientForm form) {

    /** The registry's display name is at most 200 characters; the legal name keeps all 255. */
    private static final int NAME_MAX = 200;

    /** The optional members, each with its maximum length (for the ubigeo, its exact one). */
    private static final List<Member> OPTIONAL = List.of(
            new Member("nombre_comercial", 255, ClientField.TRADE_NAME),
            new Member("direccion", 255, ClientField.LINE),
            new Member("ubigeo", 6, ClientField.UBIGEO),
            new Member("distrito", 100, ClientField.DISTRICT),
            new Member("provincia", 100, ClientField.PROVINCE),
            new Member("departamento", 100, ClientField.DEPARTMENT),
            new Member("telefono", 20, ClientField.PHONE),
            new Member("email", 255, ClientField.EMAIL));

    private record Member(String name, int size, ClientField field) {}

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
        if (razonSocial != null) {
            form.text(ClientField.NAME, displayName(razonSocial)).text(ClientField.LEGAL_NAME, razonSocial);
        }
        for (Member member : OPTIONAL) {
            String value = switch (member.field()) {
                case UBIGEO -> in.digits(member.name(), member.size());
                case EMAIL -> in.email(member.name(), member.size());
                default -> in.text(member.name(), member.size(), false);
            };
            if (in.has(member.name())) {
                // A field sent: its value, or in an update, null to clear it.
                form.text(member.field(), value);
            }
        }
        Boolean activo = in.bool("activo");
        in.throwIfInvalid();
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

    private static String displayName(String razonSocial) {
        if (razonSocial.codePointCount(0, razonSocial.length()) <= NAME_MAX) {
            return razonSocial;
        }
        return razonSocial
                .substring(0, razonSocial.offsetByCodePoints(0, NAME_MAX))
                .strip();
    }
}
