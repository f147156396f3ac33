package dev.clientela.compat.facturacion;

import dev.clientela.client.Address;
import dev.clientela.client.Client;
import dev.clientela.tenant.Tenant;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A client as the e-invoicing system shows it: its per-company number as {@code id}, SUNAT's
 * document code, the legal name as {@code razon_social}, and the company it belongs to.
 */
record SunatClient(
        long id,
        long companyId,
        String tipoDocumento,
        String numeroDocumento,
        String razonSocial,
        String nombreComercial,
        String direccion,
        String ubigeo,
        String distrito,
        String provincia,
        String departamento,
        String telefono,
        String email,
        boolean activo,
        String createdAt,
        String updatedAt,
        Company company) {

    /** Timestamps as the system's framework writes them: UTC with microseconds. */
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    /** The company: the tenant's number, tax id and name. */
    record Company(long id, String ruc, String razonSocial) {}

    static SunatClient of(Client c, Tenant tenant, SunatDocumentTypes types) {
        Address a = c.address() == null ? Address.NONE : c.address();
        return new SunatClient(
                c.number(),
                tenant.number(),
                types.codeOf(c.document()),
                c.document() == null ? null : c.document().typedOr(c.document().number()),
                c.legalName() != null ? c.legalName() : c.name(),
                c.tradeName(),
                a.line(),
                a.ubigeo(),
                a.district(),
                a.province(),
                a.department(),
                c.phone(),
                c.email(),
                c.isActive(),
                timestamp(c.createdAt()),
                timestamp(c.updatedAt()),
                new Company(tenant.number(), tenant.taxId(), tenant.name()));
    }

    private static String timestamp(Instant instant) {
        return instant == null ? null : TIMESTAMP.format(instant);
    }
}
