package dev.clientela.credit;

import dev.clientela.events.Events;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The events of billing and collecting, each carrying the record as the API answers it. */
@Component
class CreditEvents {

    private final Events events;
    private final Clock clock;

    CreditEvents(Events events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** A bill, and the plan it opened (a plan with nothing to finance is born paid). */
    CreditDesk.BilledSale billed(CreditDesk.BilledSale billed) {
        LocalDate today = LocalDate.now(clock);
        events.raise("bill.created", CreditController.BillView.of(billed, today));
        if (billed.plan() != null) {
            CreditController.PlanView plan = CreditController.PlanView.of(billed.plan(), today);
            events.raise("payment_plan.opened", plan);
            if (plan.status() == PaymentStatus.PAID) {
                events.raise("payment_plan.paid", plan);
            }
        }
        return billed;
    }

    /** A payment received on {@code plan} (as it is after the payment), and the plan paid off by it. */
    PaymentPlan paid(UUID paymentId, BigDecimal amount, Instant paidAt, PaymentPlan plan) {
        CreditController.PlanView view = CreditController.PlanView.of(plan, LocalDate.now(clock));
        events.raise(
                "payment.received",
                new Payment(paymentId, plan.id(), plan.clientId(), amount, plan.currency(), paidAt));
        if (view.status() == PaymentStatus.PAID) {
            events.raise("payment_plan.paid", view);
        }
        return plan;
    }

    /** A plan whose balance was spread over new installments. */
    PaymentPlan rescheduled(PaymentPlan plan) {
        events.raise("payment_plan.rescheduled", CreditController.PlanView.of(plan, LocalDate.now(clock)));
        return plan;
    }

    /** A payment as its event shows it. */
    record Payment(UUID id, UUID paymentPlanId, UUID clientId, BigDecimal amount, String currency, Instant paidAt) {}
}
