package dev.clientela.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Hands out connections already set to the current tenant ({@code clientela.tenant_id}), which the
 * row-level security policies read. The setting is sent only when a pooled connection last served
 * another tenant, so a busy tenant's requests pay no extra round trip for it.
 */
class TenantScopedDataSource extends DelegatingDataSource implements AutoCloseable {

    private final TenantScope scope;
    private final Map<PGConnection, String> lastSet = Collections.synchronizedMap(new WeakHashMap<>());

    TenantScopedDataSource(DataSource pool, TenantScope scope) {
        super(pool);
        this.scope = scope;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return scoped(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return scoped(super.getConnection(username, password));
    }

    private Connection scoped(Connection connection) throws SQLException {
        try {
            String acting = ActingTenant.current();
            String tenant = acting != null ? acting : scope.currentTenantId();
            PGConnection physical = connection.unwrap(PGConnection.class);
            if (!tenant.equals(lastSet.get(physical))) {
                try (var statement =
                        connection.prepareStatement("select set_config('clientela.tenant_id', ?, false)")) {
                    statement.setString(1, tenant);
                    statement.execute();
                }
                lastSet.put(physical, tenant);
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public void close() throws Exception {
        if (getTargetDataSource() instanceof AutoCloseable pool) {
            pool.close();
        }
    }
}
