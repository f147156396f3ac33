package dev.clientela.client;

import dev.clientela.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Every row of one tenant in the tables a merge touches, read as the owner, each row whole. */
final class TableDumps {

    private static final Map<String, String> ORDER = new LinkedHashMap<>();

    static {
        ORDER.put("clients", "id");
        ORDER.put("client_words", "client_id, word");
        ORDER.put("sales", "id");
        ORDER.put("quotations", "id");
        ORDER.put("invoices", "id");
        ORDER.put("bills", "id");
        ORDER.put("payment_plans", "id");
        ORDER.put("installments", "plan_id, number");
        ORDER.put("plan_payments", "id");
        ORDER.put("plan_reschedules", "id");
    }

    private TableDumps() {}

    static Map<String, List<String>> of(UUID tenantId) {
        Map<String, List<String>> dump = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(), TestDatabase.owner(), "")) {
            for (var table : ORDER.entrySet()) {
                dump.put(table.getKey(), rows(c, table.getKey(), table.getValue(), tenantId));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return dump;
    }

    /** Runs one statement as the owner and answers its first column. */
    static List<String> query(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(), TestDatabase.owner(), "");
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> rows(Connection c, String table, String order, UUID tenantId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "select to_jsonb(t)::text from " + table + " t where tenant_id = ? order by " + order)) {
            s.setObject(1, tenantId);
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        }
    }
}
