package dev.clientela.credit;

import com.github.f4b6a3.uuid.UuidCreator;
import dev.clientela.client.Client;
import dev.clientela.client.ClientRegistry;
import dev.clientela.sales.Lines;
import dev.clientela.tenant.Caller;
import dev.clientela.tenant.CurrentTenant;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import dev.clientela.web.JsonInput;
import dev.clientela.web.RequestIds;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** Servicing open plans: taking payments, rescheduling what is left, and listing what falls due. */
@Service
public class PlanServicing {

    private static final Set<String> PAYMENT = Set.of("amount", "paid_at", "from_installment");
    private static final Set<String> RESCHEDULE = Set.of("months");

    private final PaymentPlans plans;
    private final ClientRegistry clients;
    private final CurrentTenant current;
    private final Clock clock;

    PlanServicing(PaymentPlans plans, ClientRegistry clients, CurrentTenant current, Clock clock) {
        this.plans = plans;
        this.clients = clients;
        this.current = current;
        this.clock = clock;
    }

    /** The plan; for a view of it, or to check it before a change. */
    @Transactional(readOnly = true)
    public Optional<PaymentPlan> find(UUID planId) {
        return plans.find(current.id(), planId, false);
    }

    /**
     * Pays installments oldest first, from {@code from_installment} (1 when absent) on; installments
     * before it are left as they are. The amount may not exceed what those installments still owe.
     */
    @Transactional
    public PaymentPlan pay(UUID planId, JsonNode body) {
        JsonInput in = JsonInput.of(body, PAYMENT, Set.of("id"));
        BigDecimal amount = in.decimal("amount", new BigDecimal("0.01"), Lines.MAX_AMOUNT, 2);
        if (amount == null && !in.has("amount")) {
            in.reject("amount", "required", "is required");
        }
        Integer from = in.integer("from_installment", 1, 1000);
        Instant paidAt = paidAt(in);
        in.throwIfInvalid();
        UUID tenantId = current.id();
        PaymentPlan plan = locked(tenantId, planId);
        int fromInstallment = from == null ? 1 : from;
        if (fromInstallment > plan.months()) {
            throw ApiProblem.invalid(
                    "from_installment", "out_of_range", "the plan has " + plan.months() + " installments");
        }
        BigDecimal owed = plan.owedFrom(fromInstallment);
        if (amount.compareTo(owed) > 0) {
            throw ApiProblem.invalid(
                    "amount",
                    "exceeds_balance",
                    "is more than the " + owed + " still owed from installment " + fromInstallment + " on");
        }
        Caller caller = current.caller();
        PlanPayment payment = new PlanPayment(
                UuidCreator.getTimeOrderedEpoch(),
                amount.setScale(2),
                paidAt,
                fromInstallment,
                caller.keyId(),
                RequestIds.current());
        plans.pay(tenantId, plan, payment, plan.applyPayment(payment.amount(), fromInstallment));
        return plans.find(tenantId, planId, false).orElseThrow();
    }

    /**
     * Spreads the plan's balance over {@code months} new installments due from next month on. A plan
     * cannot get more installments than it has open, nor be rescheduled while open installments
     * carry interest.
     */
    @Transactional
    public PaymentPlan reschedule(UUID planId, JsonNode body) {
        JsonInput in = JsonInput.of(body, RESCHEDULE, Set.of("id"));
        Integer months = in.integer("months", 1, 120);
        if (months == null && !in.has("months")) {
            in.reject("months", "required", "is required");
        }
        in.throwIfInvalid();
        UUID tenantId = current.id();
        PaymentPlan plan = locked(tenantId, planId);
        int open = plan.open().size();
        if (months > open) {
            throw ApiProblem.invalid(
                    "months", "cannot_lengthen", "cannot be more than the " + open + " installments still open");
        }
        if (plan.hasOpenInterest()) {
            throw new ApiProblem(
                    ErrorCode.OPEN_INTEREST, "Open installments carry interest; pay them before rescheduling");
        }
        Caller caller = current.caller();
        Instant now = clock.instant();
        PaymentPlan.Reschedule reschedule = plan.reschedule(months, LocalDate.now(clock));
        plans.reschedule(
                tenantId,
                plan,
                reschedule,
                new PlanPayment.Actor(UuidCreator.getTimeOrderedEpoch(), caller.keyId(), RequestIds.current(), now));
        return plans.find(tenantId, planId, false).orElseThrow();
    }

    /** The plan's payments and reschedules, newest first. */
    @Transactional(readOnly = true)
    public List<PlanActivity> activity(UUID planId, int limit, int offset) {
        UUID tenantId = current.id();
        if (plans.find(tenantId, planId, false).isEmpty()) {
            throw ApiProblem.notFound("The payment plan");
        }
        return plans.activity(tenantId, planId, limit, offset);
    }

    /** Installments still owed, due before {@code dueBefore} when given, oldest first. */
    @Transactional(readOnly = true)
    public List<DueInstallment> unpaid(LocalDate dueBefore, UUID clientId, int limit, int offset) {
        List<DueInstallment> due = plans.unpaid(current.id(), dueBefore, clientId, LocalDate.now(clock), limit, offset);
        Map<UUID, Client> holders =
                clients.findAny(due.stream().map(DueInstallment::clientId).toList());
        return due.stream().map(d -> d.of(holders.get(d.clientId()))).toList();
    }

    private PaymentPlan locked(UUID tenantId, UUID planId) {
        PaymentPlan plan =
                plans.find(tenantId, planId, true).orElseThrow(() -> ApiProblem.notFound("The payment plan"));
        if (plan.isPaid()) {
            throw new ApiProblem(ErrorCode.PLAN_SETTLED, "The payment plan is already paid");
        }
        return plan;
    }

    private Instant paidAt(JsonInput in) {
        String text = in.string("paid_at", 40);
        if (text == null) {
            return clock.instant();
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            in.reject("paid_at", "invalid_format", "must be an ISO-8601 time such as 2026-01-31T10:00:00Z");
            return null;
        }
    }
}
