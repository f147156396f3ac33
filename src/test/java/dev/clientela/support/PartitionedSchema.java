package dev.clientela.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The service's own migrations, applied to a database where every tenant table is hash-partitioned
 * by {@code tenant_id}: PostgreSQL's partitioning refuses a key that does not include the tenant, as
 * Citus refuses one that does not include the distribution column.
 */
public final class PartitionedSchema {

    /** Kept whole on every node of a distributed deployment; see {@code docs/scale-out.md}. */
    public static final Set<String> REFERENCE_TABLES = Set.of(
            "tenants",
            "api_keys",
            "rate_limit_buckets",
            "webhook_keyring",
            "spring_session",
            "spring_session_attributes");

    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create table (\\w+) \\(");
    private static final int PARTITIONS = 4;
    private static final String DATABASE = "clientela_partitioned";

    private static Path migrations;
    private static String url;

    private PartitionedSchema() {}

    /** A database of the tests' PostgreSQL, empty until the service migrates it. */
    public static synchronized String jdbcUrl() {
        if (url == null) {
            String base = TestDatabase.jdbcUrl();
            try (Connection c = DriverManager.getConnection(base, TestDatabase.owner(), "")) {
                c.createStatement().execute("create database " + DATABASE);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            url = base.substring(0, base.lastIndexOf('/') + 1) + DATABASE;
        }
        return url;
    }

    /** A Flyway location with the migrations, their tenant tables partitioned. */
    public static synchronized String flywayLocation() {
        if (migrations == null) {
            try {
                migrations = Files.createTempDirectory("partitioned-migrations");
                for (Resource script :
                        new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*.sql")) {
                    String sql = script.getContentAsString(StandardCharsets.UTF_8);
                    Files.writeString(migrations.resolve(script.getFilename()), partitioned(sql));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return "filesystem:" + migrations;
    }

    static String partitioned(String sql) {
        StringBuilder out = new StringBuilder();
        Matcher create = CREATE_TABLE.matcher(sql);
        int from = 0;
        while (create.find(from)) {
            String table = create.group(1);
            int end = closingParenthesis(sql, create.end() - 1);
            out.append(sql, from, end + 1);
            if (!REFERENCE_TABLES.contains(table)) {
                out.append(" partition by hash (tenant_id)");
                int semicolon = sql.indexOf(';', end);
                out.append(sql, end + 1, semicolon + 1);
                for (int i = 0; i < PARTITIONS; i++) {
                    out.append(
                            "\ncreate table %1$s_p%2$d partition of %1$s for values with (modulus %3$d, remainder %2$d);"
                                    .formatted(table, i, PARTITIONS));
                }
                from = semicolon + 1;
            } else {
                from = end + 1;
            }
        }
        return out.append(sql.substring(from)).toString();
    }

    private static int closingParenthesis(String sql, int open) {
        int depth = 0;
        for (int i = open; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced create table at " + open);
    }
}
