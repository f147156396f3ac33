package dev.clientela.db;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** Picks the database: the one named by {@code CLIENTELA_DB_URL}, or else an embedded one. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

    static final String EMBEDDED_DATABASE = "clientela";
    private static final String EMBEDDED_USER = "postgres";
    /** The embedded server's application role: it logs in, owns nothing, and cannot bypass row-level security. */
    static final String EMBEDDED_APP_ROLE = "clientela_app";

    /**
     * A statement whose client is gone (the service killed, its host lost) ends within five seconds
     * instead of running on: a duplicate pass of a large tenant runs for minutes, and holds the tenant's
     * report lock all that time, so the instance started after a kill would wait for it. PostgreSQL 14
     * and later; a no-op before. Through a transaction pooler the pooler's connection stays, so there
     * it would not help.
     */
    static final String GIVE_UP_ON_A_GONE_CLIENT = """
            select set_config('client_connection_check_interval', '5s', false)
            where current_setting('server_version_num')::int >= 140000""";

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${clientela.db.url:}'.isBlank()")
    EmbeddedDatabase embeddedDatabase(DatabaseProperties properties) {
        EmbeddedDatabase database = EmbeddedDatabase.start(properties.dataDir());
        createDatabaseIfMissing(database);
        return database;
    }

    /** The service's own connections: as the application role, scoped to the current tenant. */
    @Bean(destroyMethod = "close")
    @Primary
    TenantScopedDataSource dataSource(
            DatabaseProperties properties,
            Optional<EmbeddedDatabase> embedded,
            TenantScope scope,
            Environment environment) {
        HikariDataSource pool = new HikariDataSource();
        Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(pool));
        pool.setPoolName("clientela");
        if (embedded.isPresent()) {
            pool.setJdbcUrl(embedded.get().jdbcUrl(EMBEDDED_DATABASE));
            pool.setUsername(EMBEDDED_APP_ROLE);
        } else {
            pool.setJdbcUrl(properties.db().url());
            pool.setUsername(properties.db().user());
            pool.setPassword(properties.db().password());
        }
        boolean transactionPooling = properties.db().pooling() == DatabaseProperties.Pooling.TRANSACTION;
        if (transactionPooling) {
            // A named server-side statement lives on one server connection; the pooler may give the
            // next transaction another. Unnamed statements are planned for their own values, as a
            // search needs anyway.
            pool.addDataSourceProperty("prepareThreshold", "0");
            log.info("Connecting through a transaction pooler: the tenant is set per transaction");
        } else {
            pool.setConnectionInitSql(GIVE_UP_ON_A_GONE_CLIENT);
        }
        return new TenantScopedDataSource(pool, scope, transactionPooling);
    }

    /** Migrations run as the schema's owner. */
    @Bean
    @FlywayDataSource
    DataSource migrationDataSource(DatabaseProperties properties, Optional<EmbeddedDatabase> embedded) {
        if (embedded.isPresent()) {
            return new SimpleDriverDataSource(
                    new Driver(), embedded.get().jdbcUrl(EMBEDDED_DATABASE), EMBEDDED_USER, "");
        }
        return new SimpleDriverDataSource(
                new Driver(),
                properties.db().migrationJdbcUrl(),
                properties.db().migrationUser(),
                properties.db().migrationPassword());
    }

    /** The migrations grant the application role what it needs, by name. */
    @Bean
    FlywayConfigurationCustomizer applicationRole(DatabaseProperties properties, Optional<EmbeddedDatabase> embedded) {
        String role = embedded.isPresent() ? EMBEDDED_APP_ROLE : properties.db().user();
        if (!embedded.isPresent() && role.equals(properties.db().migrationUser())) {
            log.warn(
                    "The service connects as the schema's owner ({}): row-level security does not bind it."
                            + " Set CLIENTELA_DB_OWNER_USER to the owner and CLIENTELA_DB_USER to a role without"
                            + " ownership, superuser or BYPASSRLS.",
                    role);
        }
        return configuration -> configuration.placeholders(java.util.Map.of("app_role", role));
    }

    private static void createDatabaseIfMissing(EmbeddedDatabase database) {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl("postgres"), EMBEDDED_USER, "");
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, EMBEDDED_DATABASE);
            if (!exists.executeQuery().next()) {
                connection.createStatement().execute("create database " + EMBEDDED_DATABASE);
            }
            connection.createStatement().execute("""
                    do $$ begin
                        if not exists (select from pg_roles where rolname = '%s') then
                            create role %s login nosuperuser nobypassrls;
                        end if;
                    end $$""".formatted(EMBEDDED_APP_ROLE, EMBEDDED_APP_ROLE));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded database", e);
        }
    }
}
