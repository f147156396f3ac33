package dev.clientela.credit;

import dev.clientela.sales.RecordJson;
import java.math.BigDecimal;
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

/** Payment plans with their installments and payments. */
@Repository
class PaymentPlans {

    private static final String COLUMNS = "id, client_id, bill_id, currency, financed, paid, status, months,"
            + " payment_day, starting_date, created_at, paid_at";

    private final JdbcClient jdbc;

    PaymentPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves a plan and its installments; a second open plan for the client violates payment_plans_one_open_key. */
    PaymentPlan insert(UUID tenantId, PaymentPlan p) {
        PaymentPlan saved = jdbc.sql("insert into payment_plans (tenant_id, id, client_id, bill_id, currency, financed,"
                        + " paid, status, months, payment_day, starting_date, created_at, paid_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), case when ? = 'PAID' then now() end)"
                        + " returning " + COLUMNS)
                .params(
                        tenantId,
                        p.id(),
                        p.clientId(),
                        p.billId(),
                        p.currency(),
                        p.financed(),
                        p.paid(),
                        p.storedStatus(),
                        p.months(),
                        p.paymentDay(),
                        p.startingDate(),
                        p.storedStatus())
                .query(PaymentPlans::map)
                .single();
        for (Installment i : p.installments()) {
            jdbc.sql("insert into installments (tenant_id, plan_id, number, due_date, amount, paid)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(tenantId, p.id(), i.number(), i.dueDate(), i.amount(), i.paid())
                    .update();
        }
        return saved.withInstallments(p.installments());
    }

    Optional<PaymentPlan> find(UUID tenantId, UUID id, boolean lock) {
        return jdbc.sql("select " + COLUMNS + " from payment_plans where tenant_id = ? and id = ?"
                        + (lock ? " for update" : ""))
                .params(tenantId, id)
                .query(PaymentPlans::map)
                .optional()
                .map(plan -> plan.withInstallments(installments(tenantId, plan.id())));
    }

    /** The open plan of any of these clients (a client has at most one). */
    Optional<PaymentPlan> openOf(UUID tenantId, List<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from payment_plans where tenant_id = ? and status = 'PENDING'"
                        + " and client_id = any(?) order by created_at limit 1")
                .params(tenantId, clientIds.toArray(UUID[]::new))
                .query(PaymentPlans::map)
                .optional()
                .map(plan -> plan.withInstallments(installments(tenantId, plan.id())));
    }

    void pay(
            UUID tenantId,
            PaymentPlan plan,
            BigDecimal amount,
            Instant paidAt,
            List<Installment> installments,
            UUID paymentId) {
        jdbc.sql("insert into plan_payments (tenant_id, id, plan_id, amount, paid_at, created_at)"
                        + " values (?, ?, ?, ?, ?, now())")
                .params(tenantId, paymentId, plan.id(), amount, OffsetDateTime.ofInstant(paidAt, ZoneOffset.UTC))
                .update();
        for (Installment i : installments) {
            jdbc.sql("update installments set paid = ? where tenant_id = ? and plan_id = ? and number = ?")
                    .params(i.paid(), tenantId, plan.id(), i.number())
                    .update();
        }
        boolean settled = plan.paid().add(amount).compareTo(plan.financed()) == 0;
        jdbc.sql("update payment_plans set paid = paid + ?, status = ?, version = version + 1,"
                        + " paid_at = case when ? then now() end where tenant_id = ? and id = ?")
                .params(amount, settled ? "PAID" : "PENDING", settled, tenantId, plan.id())
                .update();
    }

    List<PaymentPlan> list(UUID tenantId, UUID clientId, int limit, int offset) {
        return jdbc
                .sql("select " + COLUMNS + " from payment_plans where tenant_id = ?"
                        + (clientId == null ? " and ?::uuid is null" : " and client_id = ?")
                        + " order by created_at desc, id desc limit ? offset ?")
                .params(tenantId, clientId, limit, offset)
                .query(PaymentPlans::map)
                .list()
                .stream()
                .map(plan -> plan.withInstallments(installments(tenantId, plan.id())))
                .toList();
    }

    long countFor(UUID tenantId, UUID clientId) {
        return jdbc.sql("select count(*) from payment_plans where tenant_id = ? and client_id = ?")
                .params(tenantId, clientId)
                .query(Long.class)
                .single();
    }

    private List<Installment> installments(UUID tenantId, UUID planId) {
        return jdbc.sql("select number, due_date, amount, paid from installments where tenant_id = ? and plan_id = ?"
                        + " order by number")
                .params(tenantId, planId)
                .query((rs, n) -> new Installment(
                        rs.getInt("number"),
                        rs.getObject("due_date", LocalDate.class),
                        rs.getBigDecimal("amount"),
                        rs.getBigDecimal("paid")))
                .list();
    }

    private static PaymentPlan map(ResultSet rs, int row) throws SQLException {
        return new PaymentPlan(
                rs.getObject("id", UUID.class),
                rs.getObject("client_id", UUID.class),
                rs.getObject("bill_id", UUID.class),
                rs.getString("currency"),
                rs.getBigDecimal("financed"),
                rs.getBigDecimal("paid"),
                rs.getString("status"),
                rs.getInt("months"),
                rs.getInt("payment_day"),
                rs.getObject("starting_date", LocalDate.class),
                RecordJson.instant(rs, "created_at"),
                RecordJson.instant(rs, "paid_at"),
                List.of());
    }
}
