package dev.clientela.sales;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The quotations table. */
@Repository
class Quotations {

    private static final String COLUMNS =
            "id, client_id, currency, lines, total, valid_until, status, sale_id, notes, decided_at, created_at";

    private final JdbcClient jdbc;
    private final RecordJson json;

    Quotations(JdbcClient jdbc, RecordJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Quotation insert(UUID tenantId, Quotation q) {
        return jdbc.sql("insert into quotations (tenant_id, id, client_id, currency, lines, total, valid_until,"
                        + " status, notes, created_at) values (?, ?, ?, ?, ?::jsonb, ?, ?, 'PENDING', ?, now())"
                        + " returning " + COLUMNS)
                .params(
                        tenantId,
                        q.id(),
                        q.clientId(),
                        q.currency(),
                        json.write(q.lines()),
                        q.total(),
                        q.validUntil(),
                        q.notes())
                .query(this::map)
                .single();
    }

    Optional<Quotation> lock(UUID tenantId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from quotations where tenant_id = ? and id = ? for update")
                .params(tenantId, id)
                .query(this::map)
                .optional();
    }

    Optional<Quotation> find(UUID tenantId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from quotations where tenant_id = ? and id = ?")
                .params(tenantId, id)
                .query(this::map)
                .optional();
    }

    Quotation decide(UUID tenantId, UUID id, QuotationStatus status, UUID saleId) {
        return jdbc.sql("update quotations set status = ?, sale_id = ?, decided_at = now()"
                        + " where tenant_id = ? and id = ? returning " + COLUMNS)
                .params(status.name(), saleId, tenantId, id)
                .query(this::map)
                .single();
    }

    List<Quotation> list(UUID tenantId, UUID clientId, int limit, int offset) {
        return jdbc.sql("select " + COLUMNS + " from quotations where tenant_id = ?"
                        + (clientId == null ? " and ?::uuid is null" : " and client_id = ?")
                        + " order by created_at desc, id desc limit ? offset ?")
                .params(tenantId, clientId, limit, offset)
                .query(this::map)
                .list();
    }

    /** Marks up to {@code max} pending quotations expired before {@code today} as announced, and answers them. */
    List<Quotation> announceExpired(UUID tenantId, LocalDate today, Instant now, int max) {
        return jdbc.sql("update quotations set expiry_raised_at = ? where tenant_id = ? and id in ("
                        + " select id from quotations where tenant_id = ? and status = 'PENDING' and valid_until < ?"
                        + " and expiry_raised_at is null order by valid_until, id limit ? for update skip locked)"
                        + " returning " + COLUMNS)
                .params(OffsetDateTime.ofInstant(now, ZoneOffset.UTC), tenantId, tenantId, today, max)
                .query(this::map)
                .list();
    }

    List<UUID> tenantsWithExpired(LocalDate today) {
        return jdbc.sql("select * from clientela_tenants_with_expired_quotations(?)")
                .param(today)
                .query(UUID.class)
                .list();
    }

    List<Quotation> pending(UUID tenantId, UUID clientId, java.time.LocalDate today, int limit) {
        return jdbc.sql("select " + COLUMNS + " from quotations where tenant_id = ? and client_id = ?"
                        + " and status = 'PENDING' and valid_until >= ? order by created_at desc, id desc limit ?")
                .params(tenantId, clientId, today, limit)
                .query(this::map)
                .list();
    }

    long countFor(UUID tenantId, UUID clientId) {
        return jdbc.sql("select count(*) from quotations where tenant_id = ? and client_id = ?")
                .params(tenantId, clientId)
                .query(Long.class)
                .single();
    }

    Quotation map(ResultSet rs, int row) throws SQLException {
        return new Quotation(
                rs.getObject("id", UUID.class),
                rs.getObject("client_id", UUID.class),
                rs.getString("currency"),
                json.lines(rs.getString("lines")),
                rs.getBigDecimal("total"),
                rs.getObject("valid_until", java.time.LocalDate.class),
                QuotationStatus.valueOf(rs.getString("status")),
                rs.getObject("sale_id", UUID.class),
                rs.getString("notes"),
                RecordJson.instant(rs, "decided_at"),
                RecordJson.instant(rs, "created_at"));
    }
}
