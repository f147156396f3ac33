package dev.clientela.sales;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sales table. */
@Repository
class Sales {

    private static final String COLUMNS =
            "id, client_id, currency, lines, subtotal, discount, total, notes, quotation_id, cancelled_at, created_at";

    private final JdbcClient jdbc;
    private final RecordJson json;

    Sales(JdbcClient jdbc, RecordJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Sale insert(UUID tenantId, Sale s) {
        return jdbc.sql("insert into sales (tenant_id, id, client_id, currency, lines, subtotal, discount, total,"
                        + " notes, quotation_id, created_at) values (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)"
                        + " returning " + COLUMNS)
                .params(
                        tenantId,
                        s.id(),
                        s.clientId(),
                        s.currency(),
                        json.write(s.lines()),
                        s.subtotal(),
                        s.discount(),
                        s.total(),
                        s.notes(),
                        s.quotationId(),
                        java.time.OffsetDateTime.ofInstant(s.createdAt(), java.time.ZoneOffset.UTC))
                .query(this::map)
                .single();
    }

    Optional<Sale> find(UUID tenantId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from sales where tenant_id = ? and id = ?")
                .params(tenantId, id)
                .query(this::map)
                .optional();
    }

    Optional<Sale> cancel(UUID tenantId, UUID id) {
        return jdbc.sql("update sales set cancelled_at = coalesce(cancelled_at, now()) where tenant_id = ? and id = ?"
                        + " returning " + COLUMNS)
                .params(tenantId, id)
                .query(this::map)
                .optional();
    }

    List<Sale> list(UUID tenantId, UUID clientId, int limit, int offset) {
        return jdbc.sql("select " + COLUMNS + " from sales where tenant_id = ?"
                        + (clientId == null ? " and ?::uuid is null" : " and client_id = ?")
                        + " order by created_at desc, id desc limit ? offset ?")
                .params(tenantId, clientId, limit, offset)
                .query(this::map)
                .list();
    }

    long countFor(UUID tenantId, UUID clientId) {
        return jdbc.sql("select count(*) from sales where tenant_id = ? and client_id = ?")
                .params(tenantId, clientId)
                .query(Long.class)
                .single();
    }

    Sale map(ResultSet rs, int row) throws SQLException {
        return new Sale(
                rs.getObject("id", UUID.class),
                rs.getObject("client_id", UUID.class),
                rs.getString("currency"),
                json.lines(rs.getString("lines")),
                rs.getBigDecimal("subtotal"),
                rs.getBigDecimal("discount"),
                rs.getBigDecimal("total"),
                rs.getString("notes"),
                rs.getObject("quotation_id", UUID.class),
                RecordJson.instant(rs, "cancelled_at"),
                RecordJson.instant(rs, "created_at"));
    }
}
