package dev.clientela.credit;

import dev.clientela.sales.RecordJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The bills table. */
@Repository
class Bills {

    private static final String COLUMNS = "id, client_id, payment_type, currency, lines, subtotal, discount, tax_rate,"
            + " tax, total, down_payment, refs, created_at";

    private final JdbcClient jdbc;
    private final RecordJson json;

    Bills(JdbcClient jdbc, RecordJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Bill insert(UUID tenantId, Bill b) {
        return jdbc.sql("insert into bills (tenant_id, id, client_id, payment_type, currency, lines, subtotal,"
                        + " discount, tax_rate, tax, total, down_payment, refs, created_at)"
                        + " values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?::jsonb, now()) returning " + COLUMNS)
                .params(
                        tenantId,
                        b.id(),
                        b.clientId(),
                        b.paymentType(),
                        b.currency(),
                        json.write(b.lines()),
                        b.subtotal(),
                        b.discount(),
                        b.taxRate(),
                        b.tax(),
                        b.total(),
                        b.downPayment(),
                        json.write(b.references()))
                .query(this::map)
                .single();
    }

    Optional<Bill> find(UUID tenantId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from bills where tenant_id = ? and id = ?")
                .params(tenantId, id)
                .query(this::map)
                .optional();
    }

    long countFor(UUID tenantId, UUID clientId) {
        return jdbc.sql("select count(*) from bills where tenant_id = ? and client_id = ?")
                .params(tenantId, clientId)
                .query(Long.class)
                .single();
    }

    private Map<String, String> references(String text) {
        Map<String, String> references = new LinkedHashMap<>();
        json.object(text).forEach((key, value) -> references.put(key, String.valueOf(value)));
        return references;
    }

    private Bill map(ResultSet rs, int row) throws SQLException {
        return new Bill(
                rs.getObject("id", UUID.class),
                rs.getObject("client_id", UUID.class),
                rs.getString("payment_type"),
                rs.getString("currency"),
                json.lines(rs.getString("lines")),
                rs.getBigDecimal("subtotal"),
                rs.getBigDecimal("discount"),
                rs.getBigDecimal("tax_rate"),
                rs.getBigDecimal("tax"),
                rs.getBigDecimal("total"),
                rs.getBigDecimal("down_payment"),
                references(rs.getString("refs")),
                RecordJson.instant(rs, "created_at"));
    }
}
