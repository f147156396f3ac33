package dev.clientela.credit;

import com.github.f4b6a3.uuid.UuidCreator;
import dev.clientela.client.Client;
import dev.clientela.client.ClientRegistry;
import dev.clientela.tenant.Caller;
import dev.clientela.tenant.CurrentTenant;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import dev.clientela.web.RequestIds;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Servicing open plans: taking payments, rescheduling what is left, and listing what falls due. */
@Service
public class PlanServicing {

    private final PaymentPlans plans;
    private final ClientRegistry clients;
    private final CurrentTenant current;
    private final Clock clock;
    private final CreditEvents events;

    PlanServicing(PaymentPlans plans, ClientRegistry clients, CurrentTenant current, Clock clock, CreditEvents events) {
        this.plans = plans;
        this.clients = clients;
        this.current = current;
        this.clock = clock;
        this.events = events;
    }

    /** The plan; for a view of it, or to check it before a change. */
    @Transactional(readOnly = true)
    public Optional<PaymentPlan> find(UUID planId) {
        return plans.find(current.id(), planId, false);
    }

    /**
     * Pays installments oldest first, from the order's installment on; installments before it are
     * left as they are. The amount may not exceed what those installments still owe.
     */
    @Transactional
    public PaymentPlan pay(UUID planId, PaymentOrder order) {
        UUID tenantId = current.id();
        PaymentPlan plan = locked(tenantId, planId);
        int from = order.fromInstallment();
        if (from > plan.installments().size()) {
            throw ApiProblem.invalid(
                    "from_installment",
                    "out_of_range",
                    "the plan has " + plan.installments().size() + " installments");
        }
        BigDecimal owed = plan.owedFrom(from);
        if (order.amount().compareTo(owed) > 0) {
            throw ApiProblem.invalid(
                    "amount",
                    "exceeds_balance",
                    "is more than the " + owed + " still owed from installment " + from + " on");
        }
        Caller caller = current.caller();
        PlanPayment payment = new PlanPayment(
                UuidCreator.getTimeOrderedEpoch(),
                order.amount(),
                order.paidAt(),
                from,
                caller.keyId(),
                RequestIds.current());
        plans.pay(tenantId, plan, payment, plan.applyPayment(payment.amount(), from));
        return events.paid(
                payment.id(),
                payment.amount(),
                payment.paidAt(),
                plans.find(tenantId, planId, false).orElseThrow());
    }

    /**
     * Spreads the plan's balance over {@code months} (1 to 120) new installments due from next month
     * on. A plan cannot get more installments than it has open, nor be rescheduled while open
     * installments carry interest.
     */
    @Transactional
    public PaymentPlan reschedule(UUID planId, int months) {
        if (months < 1 || months > 120) {
            throw ApiProblem.invalid("months", "out_of_range", "must be between 1 and 120");
        }
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
        return events.rescheduled(plans.find(tenantId, planId, false).orElseThrow());
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
}
