package dev.clientela.credit;

import dev.clientela.sales.RecordJson;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    private static final String COLUMNS = "id, client_id, bill_id, currency, financed, interest_rate, interest,"
            + " down_payment, paid, status, months, payment_day, starting_date, created_at, paid_at";

    private final JdbcClient jdbc;

    PaymentPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves a plan and its installments; a second open plan for the client violates payment_plans_one_open_key. */
    PaymentPlan insert(UUID tenantId, PaymentPlan p) {
        PaymentPlan saved = jdbc.sql("insert into payment_plans (tenant_id, id, client_id, bill_id, currency, financed,"
                        + " interest_rate, interest, down_payment, paid, status, months, payment_day, starting_date,"
                        + " created_at, paid_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), case when ? = 'PAID' then now() end)"
                        + " returning " + COLUMNS)
                .params(
                        tenantId,
                        p.id(),
                        p.clientId(),
                        p.billId(),
                        p.currency(),
                        p.financed(),
                        p.interestRate(),
                        p.interest(),
                        p.downPayment(),
                        p.paid(),
                        p.storedStatus().name(),
                        p.months(),
                        p.paymentDay(),
                        p.startingDate(),
                        p.storedStatus().name())
                .query(PaymentPlans::map)
                .single();
        insertInstallments(tenantId, p.id(), p.installments());
        return saved.withInstallments(p.installments());
    }

    private void insertInstallments(UUID tenantId, UUID planId, List<Installment> installments) {
        for (Installment i : installments) {
            jdbc.sql("insert into installments (tenant_id, plan_id, number, due_date, amount, interest, paid)"
                            + " values (?, ?, ?, ?, ?, ?, ?)")
                    .params(tenantId, planId, i.number(), i.dueDate(), i.amount(), i.interest(), i.paid())
                    .update();
        }
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

    /** Records a payment, applied from installment {@code fromInstallment} on, and who made it. */
    void pay(UUID tenantId, PaymentPlan plan, PlanPayment payment, List<Installment> installments) {
        jdbc.sql("insert into plan_payments (tenant_id, id, plan_id, amount, paid_at, from_installment, key_id,"
                        + " request_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, now())")
                .params(
                        tenantId,
                        payment.id(),
                        plan.id(),
                        payment.amount(),
                        OffsetDateTime.ofInstant(payment.paidAt(), ZoneOffset.UTC),
                        payment.fromInstallment(),
                        payment.keyId(),
                        payment.requestId())
                .update();
        for (Installment i : installments) {
            jdbc.sql("update installments set paid = ? where tenant_id = ? and plan_id = ? and number = ?")
                    .params(i.paid(), tenantId, plan.id(), i.number())
                    .update();
        }
        boolean settled = plan.paid().add(payment.amount()).compareTo(plan.total()) == 0;
        jdbc.sql("update payment_plans set paid = paid + ?, status = ?, version = version + 1,"
                        + " paid_at = case when ? then now() end where tenant_id = ? and id = ?")
                .params(payment.amount(), settled ? "PAID" : "PENDING", settled, tenantId, plan.id())
                .update();
    }

    /** Replaces the plan's installments with a reschedule's, and records it. */
    void reschedule(UUID tenantId, PaymentPlan plan, PaymentPlan.Reschedule reschedule, PlanPayment.Actor actor) {
        jdbc.sql("delete from installments where tenant_id = ? and plan_id = ?")
                .params(tenantId, plan.id())
                .update();
        insertInstallments(tenantId, plan.id(), reschedule.installments());
        jdbc.sql("update payment_plans set months = ?, interest = ?, version = version + 1"
                        + " where tenant_id = ? and id = ?")
                .params(reschedule.installments().size(), reschedule.interest(), tenantId, plan.id())
                .update();
        jdbc.sql("insert into plan_reschedules (tenant_id, id, plan_id, balance, months_before, months_after, key_id,"
                        + " request_id, rescheduled_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        tenantId,
                        actor.id(),
                        plan.id(),
                        reschedule.balance(),
                        plan.months(),
                        reschedule.installments().size(),
                        actor.keyId(),
                        actor.requestId(),
                        OffsetDateTime.ofInstant(actor.at(), ZoneOffset.UTC))
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

    /**
     * Installments not yet paid in full, due before {@code dueBefore} when given, oldest first; each
     * says whether its plan is overdue as of {@code today}. The partial index on unpaid installments
     * keeps this off the paid ones, which are most of the table.
     */
    List<DueInstallment> unpaid(
            UUID tenantId, LocalDate dueBefore, UUID clientId, LocalDate today, int limit, int offset) {
        return jdbc.sql("""
                        select i.plan_id, p.bill_id, p.client_id, p.currency, i.number, i.due_date, i.amount,
                               i.interest, i.paid,
                               exists (select 1 from installments o
                                       where o.tenant_id = i.tenant_id and o.plan_id = i.plan_id
                                         and o.paid < o.amount + o.interest and o.due_date < ?) as overdue
                        from installments i
                        join payment_plans p on p.tenant_id = i.tenant_id and p.id = i.plan_id
                        where i.tenant_id = ? and i.paid < i.amount + i.interest
                          and (?::date is null or i.due_date < ?)
                          and (?::uuid is null or p.client_id = ?)
                        order by i.due_date, i.plan_id, i.number
                        limit ? offset ?""")
                .params(today, tenantId, dueBefore, dueBefore, clientId, clientId, limit, offset)
                .query((rs, n) -> new DueInstallment(
                        rs.getObject("plan_id", UUID.class),
                        rs.getObject("bill_id", UUID.class),
                        rs.getObject("client_id", UUID.class),
                        rs.getString("currency"),
                        rs.getBoolean("overdue"),
                        installment(rs),
                        null))
                .list();
    }

    /** The plan's payments and reschedules, newest first (ids are time-ordered as they were recorded). */
    List<PlanActivity> activity(UUID tenantId, UUID planId, int limit, int offset) {
        return jdbc.sql("""
                        select 'PAYMENT' as type, id, paid_at as at, amount, from_installment, null::numeric as balance,
                               null::integer as months_before, null::integer as months_after, key_id, request_id
                        from plan_payments where tenant_id = ? and plan_id = ?
                        union all
                        select 'RESCHEDULE', id, rescheduled_at, null, null, balance, months_before, months_after,
                               key_id, request_id
                        from plan_reschedules where tenant_id = ? and plan_id = ?
                        order by id desc
                        limit ? offset ?""")
                .params(tenantId, planId, tenantId, planId, limit, offset)
                .query((rs, n) -> new PlanActivity(
                        rs.getString("type"),
                        rs.getObject("id", UUID.class),
                        RecordJson.instant(rs, "at"),
                        rs.getBigDecimal("amount"),
                        rs.getObject("from_installment", Integer.class),
                        rs.getBigDecimal("balance"),
                        rs.getObject("months_before", Integer.class),
                        rs.getObject("months_after", Integer.class),
                        rs.getObject("key_id", UUID.class),
                        rs.getString("request_id")))
                .list();
    }

    long countFor(UUID tenantId, UUID clientId) {
        return jdbc.sql("select count(*) from payment_plans where tenant_id = ? and client_id = ?")
                .params(tenantId, clientId)
                .query(Long.class)
                .single();
    }

    private List<Installment> installments(UUID tenantId, UUID planId) {
        return jdbc.sql("select number, due_date, amount, interest, paid from installments"
                        + " where tenant_id = ? and plan_id = ? order by number")
                .params(tenantId, planId)
                .query((rs, n) -> installment(rs))
                .list();
    }

    static Installment installment(ResultSet rs) throws SQLException {
        return new Installment(
                rs.getInt("number"),
                rs.getObject("due_date", LocalDate.class),
                rs.getBigDecimal("amount"),
                rs.getBigDecimal("interest"),
                rs.getBigDecimal("paid"));
    }

    private static PaymentPlan map(ResultSet rs, int row) throws SQLException {
        return new PaymentPlan(
                rs.getObject("id", UUID.class),
                rs.getObject("client_id", UUID.class),
                rs.getObject("bill_id", UUID.class),
                rs.getString("currency"),
                rs.getBigDecimal("financed"),
                rs.getBigDecimal("interest_rate"),
                rs.getBigDecimal("interest"),
                rs.getBigDecimal("down_payment"),
                rs.getBigDecimal("paid"),
                PaymentStatus.valueOf(rs.getString("status")),
                rs.getInt("months"),
                rs.getInt("payment_day"),
                rs.getObject("starting_date", LocalDate.class),
                RecordJson.instant(rs, "created_at"),
                RecordJson.instant(rs, "paid_at"),
                List.of());
    }
}
