package dev.clientela.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;

/** One real PostgreSQL for the whole test JVM, shared by every Spring context that the tests start. */
public final class TestDatabase {

    private static EmbeddedPostgres postgres;

    private TestDatabase() {}

    public static synchronized String jdbcUrl() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off")
                        .start();
                try (Connection c = postgres.getPostgresDatabase().getConnection()) {
                    c.createStatement().execute("create database clientela_test");
                    c.createStatement().execute("create role clientela_app login nosuperuser nobypassrls");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/clientela_test";
    }

    /** The role the service works as: it owns nothing, so row-level security binds it. */
    public static String user() {
        return "clientela_app";
    }

    /** The role that owns the schema and runs the migrations. */
    public static String owner() {
        return "postgres";
    }
}
