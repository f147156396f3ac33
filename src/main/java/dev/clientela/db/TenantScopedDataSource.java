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
 * Hands out connections set to the current tenant ({@code clientela.tenant_id}), which the
 * row-level security policies read. Connected straight to PostgreSQL (or through a session pooler)
 * the setting belongs to the connection and is sent only when it last served another tenant, so a
 * busy tenant's requests pay no extra round trip for it. Behind a transaction pooler a connection is
 * no one's for longer than a transaction, so the setting is made local to each transaction instead.
 */
class TenantScopedDataSource extends DelegatingDataSource implements AutoCloseable {

    private final TenantScope scope;
    private final boolean transactionPooling;
    private final Map<PGConnection, String> lastSet = Collections.synchronizedMap(new WeakHashMap<>());

    TenantScopedDataSource(DataSource pool, TenantScope scope, boolean transactionPooling) {
        super(pool);
        this.scope = scope;
        this.transactionPooling = transactionPooling;
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
        String acting = ActingTenant.current();
        String tenant = acting != null ? acting : scope.currentTenantId();
        if (transactionPooling) {
            return TransactionScopedConnection.wrap(connection, tenant);
        }
        try {
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
