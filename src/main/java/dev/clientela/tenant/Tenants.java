package dev.clientela.tenant;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The tenants table. */
@Repository
class Tenants {

    private static final String COLUMNS =
            "id, number, name, country, tax_id, settings, version, created_at, updated_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Tenants(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Tenant insert(UUID id, String name, String country, String taxId) {
        return jdbc.sql("insert into tenants (id, name, country, tax_id) values (?, ?, ?, ?) returning " + COLUMNS)
                .params(id, name, country, taxId)
                .query(this::map)
                .single();
    }

    Optional<Tenant> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from tenants where id = ?")
                .param(id)
                .query(this::map)
                .optional();
    }

    Optional<Tenant> findByNumber(long number) {
        return jdbc.sql("select " + COLUMNS + " from tenants where number = ?")
                .param(number)
                .query(this::map)
                .optional();
    }

    /** The tenant named by its id or number, whoever asks (configuration names tenants this way). */
    Optional<UUID> idByReference(String reference) {
        return jdbc.sql("select clientela_tenant_by_reference(?)")
                .param(reference)
                .query(UUID.class)
                .optional()
                .filter(java.util.Objects::nonNull);
    }

    /** Makes the rest of this transaction act for {@code tenantId}, as for a tenant being created. */
    void actFor(UUID tenantId) {
        jdbc.sql("select set_config('clientela.tenant_id', ?, true)")
                .param(tenantId.toString())
                .query()
                .singleValue();
    }

    boolean any() {
        return jdbc.sql("select clientela_has_tenants()").query(Boolean.class).single();
    }

    Tenant update(Tenant tenant) {
        return jdbc.sql("update tenants set name = ?, tax_id = ?, settings = ?::jsonb, version = version + 1,"
                        + " updated_at = now() where id = ? returning " + COLUMNS)
                .params(tenant.name(), tenant.taxId(), settingsJson(tenant.settings()), tenant.id())
                .query(this::map)
                .single();
    }

    private String settingsJson(TenantSettings settings) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("document_validation", settings.documentValidation().name());
        if (settings.taxRate() != null) {
            map.put("tax_rate", settings.taxRate());
        }
        map.put("duplicate_check", settings.duplicateCheck().name());
        return json.writeValueAsString(map);
    }

    private Tenant map(ResultSet rs, int row) throws SQLException {
        JsonNode settings = json.readTree(rs.getString("settings"));
        JsonNode validation = settings.get("document_validation");
        JsonNode taxRate = settings.get("tax_rate");
        JsonNode duplicateCheck = settings.get("duplicate_check");
        return new Tenant(
                rs.getObject("id", UUID.class),
                rs.getLong("number"),
                rs.getString("name"),
                rs.getString("country"),
                rs.getString("tax_id"),
                new TenantSettings(
                        validation == null ? null : DocumentValidation.valueOf(validation.stringValue()),
                        taxRate == null ? null : new BigDecimal(taxRate.asString()),
                        duplicateCheck == null ? null : DuplicateCheck.valueOf(duplicateCheck.stringValue())),
                rs.getLong("version"),
                rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", java.time.OffsetDateTime.class).toInstant());
    }
}
