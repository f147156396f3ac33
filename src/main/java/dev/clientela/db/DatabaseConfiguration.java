package dev.clientela.db;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Picks the database: the one named by {@code CLIENTELA_DB_URL}, or else an embedded one. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

    static final String EMBEDDED_DATABASE = "clientela";
    private static final String EMBEDDED_USER = "postgres";

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${clientela.db.url:}'.isBlank()")
    EmbeddedDatabase embeddedDatabase(DatabaseProperties properties) {
        EmbeddedDatabase database = EmbeddedDatabase.start(properties.dataDir());
        createDatabaseIfMissing(database);
        return database;
    }

    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DatabaseProperties properties, Optional<EmbeddedDatabase> embedded) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("clientela");
        if (embedded.isPresent()) {
            dataSource.setJdbcUrl(embedded.get().jdbcUrl(EMBEDDED_DATABASE));
            dataSource.setUsername(EMBEDDED_USER);
        } else {
            dataSource.setJdbcUrl(properties.db().url());
            dataSource.setUsername(properties.db().user());
            dataSource.setPassword(properties.db().password());
        }
        return dataSource;
    }

    private static void createDatabaseIfMissing(EmbeddedDatabase database) {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl("postgres"), EMBEDDED_USER, "");
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, EMBEDDED_DATABASE);
            if (!exists.executeQuery().next()) {
                connection.createStatement().execute("create database " + EMBEDDED_DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded database", e);
        }
    }
}
