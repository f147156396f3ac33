package dev.clientela.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientela.support.Api;
import dev.clientela.support.ApiTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;

/**
 * The database's own lock behind the application's tenant filters: a query that forgot its tenant
 * filter, run through the service's own data source, still sees only the current tenant's rows.
 */
class RowLevelSecurityTest extends ApiTest {

    @Autowired
    DataSource dataSource;

    @AfterEach
    void forgetTheCaller() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anUnscopedSelectSeesOnlyTheCurrentTenantsRows() throws SQLException {
        UUID andes = tenantWithClients("Andes", "Ana", "Beto");
        UUID pacifico = tenantWithClients("Pacífico", "Carla");

        actAs(andes);
        assertThat(names("select name from clients order by name")).containsExactly("Ana", "Beto");
        actAs(pacifico);
        assertThat(names("select name from clients order by name")).containsExactly("Carla");
        assertThat(names("select name from tenants")).containsExactly("Pacífico");
        assertThat(names("select name from api_keys")).containsExactly("Pacífico admin");
    }

    @Test
    void withoutATenantTheServiceSeesNothing() throws SQLException {
        tenantWithClients("Sierra", "Dora");

        assertThat(names("select name from clients")).isEmpty();
        assertThat(names("select name from tenants")).isEmpty();
    }

    @Test
    void theServiceRoleCannotBypassTheRules() throws SQLException {
        UUID andes = tenantWithClients("Selva", "Elena");
        UUID other = tenantWithClients("Costa", "Fabio");
        actAs(andes);
        try (Connection connection = dataSource.getConnection()) {
            ResultSet role = connection
                    .createStatement()
                    .executeQuery("select rolsuper, rolbypassrls from pg_roles where rolname = current_user");
            role.next();
            assertThat(role.getBoolean("rolsuper")).isFalse();
            assertThat(role.getBoolean("rolbypassrls")).isFalse();

            assertThatThrownBy(
                            () -> connection.createStatement().execute("set row_security = off; select * from clients"))
                    .hasMessageContaining("row-level security");
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("select set_config('clientela.tenant_id', '" + other + "', false)");
            assertThatThrownBy(() -> connection
                            .createStatement()
                            .execute(
                                    "insert into clients (tenant_id, id, number, kind, name, name_key, search_text, created_at,"
                                            + " updated_at) values ('" + andes
                                            + "', gen_random_uuid(), 99, 'PERSON', 'X', 'x',"
                                            + " 'x', now(), now())"))
                    .hasMessageContaining("row-level security");
            assertThatThrownBy(() ->
                            connection.createStatement().execute("alter table clients disable row level security"))
                    .hasMessageContaining("owner");
        }
    }

    private UUID tenantWithClients(String tenant, String... clients) {
        Api shop = api.as(openTenant(tenant, "PE"));
        for (String name : clients) {
            shop.post("/api/v1/clients", "{\"name\": \"" + name + "\"}");
        }
        return shop.tenantId();
    }

    private static void actAs(UUID tenant) {
        Caller caller = new Caller(tenant, UUID.randomUUID(), Role.ADMIN, false);
        SecurityContextHolder.getContext()
                .setAuthentication(new PreAuthenticatedAuthenticationToken(caller, null, List.of()));
    }

    private List<String> names(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            List<String> names = new java.util.ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        }
    }
}
