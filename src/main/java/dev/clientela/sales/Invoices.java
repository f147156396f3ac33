package dev.clientela.sales;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The invoices table. */
@Repository
class Invoices {

    private static final String COLUMNS = "id, client_id, series, number, issue_date, currency, lines, subtotal,"
            + " tax_rate, tax, total, client_snapshot, created_at";

    private final JdbcClient jdbc;
    private final RecordJson json;

    Invoices(JdbcClient jdbc, RecordJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Empty when the tenant already has an invoice with this series and number. */
    Optional<Invoice> insert(UUID tenantId, Invoice i) {
        return jdbc.sql("insert into invoices (tenant_id, id, client_id, series, number, issue_date, currency, lines,"
                        + " subtotal, tax_rate, tax, total, client_snapshot, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?::jsonb, now())"
                        + " on conflict do nothing returning " + COLUMNS)
                .params(
                        tenantId,
                        i.id(),
                        i.clientId(),
                        i.series(),
                        i.number(),
                        i.issueDate(),
                        i.currency(),
                        json.write(i.lines()),
                        i.subtotal(),
                        i.taxRate(),
                        i.tax(),
                        i.total(),
                        json.write(i.client()))
                .query(this::map)
                .optional();
    }

    Optional<Invoice> find(UUID tenantId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from invoices where tenant_id = ? and id = ?")
                .params(tenantId, id)
                .query(this::map)
                .optional();
    }

    List<Invoice> list(UUID tenantId, UUID clientId, int limit, int offset) {
        return jdbc.sql("select " + COLUMNS + " from invoices where tenant_id = ?"
                        + (clientId == null ? " and ?::uuid is null" : " and client_id = ?")
                        + " order by issue_date desc, created_at desc, id desc limit ? offset ?")
                .params(tenantId, clientId, limit, offset)
                .query(this::map)
                .list();
    }

    long countFor(UUID tenantId, UUID clientId) {
        return jdbc.sql("select count(*) from invoices where tenant_id = ? and client_id = ?")
                .params(tenantId, clientId)
                .query(Long.class)
                .single();
    }

    Invoice map(ResultSet rs, int row) throws SQLException {
        return new Invoice(
                rs.getObject("id", UUID.class),
                rs.getObject("client_id", UUID.class),
                rs.getString("series"),
                rs.getLong("number"),
                rs.getObject("issue_date", java.time.LocalDate.class),
                rs.getString("currency"),
                json.lines(rs.getString("lines")),
                rs.getBigDecimal("subtotal"),
                rs.getBigDecimal("tax_rate"),
                rs.getBigDecimal("tax"),
                rs.getBigDecimal("total"),
                json.object(rs.getString("client_snapshot")),
                RecordJson.instant(rs, "created_at"));
    }
}
