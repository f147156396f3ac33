package dev.clientela.credit;

import dev.clientela.client.Client;
import dev.clientela.sales.Line;
import dev.clientela.sales.Paging;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import dev.clientela.web.PathIds;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Bills and payment plans over HTTP. */
@RestController
public class CreditController {

    private final CreditDesk desk;
    private final PlanServicing servicing;
    private final Clock clock;

    CreditController(CreditDesk desk, PlanServicing servicing, Clock clock) {
        this.desk = desk;
        this.servicing = servicing;
        this.clock = clock;
    }

    @PostMapping("/api/v1/bills")
    @PreAuthorize("hasRole('OPERATOR')")
    ResponseEntity<BillView> bill(@RequestBody JsonNode body) {
        CreditDesk.BilledSale billed = desk.bill(BillInput.read(body, today()));
        return ResponseEntity.created(
                        URI.create("/api/v1/bills/" + billed.bill().id()))
                .body(BillView.of(billed, today()));
    }

    @GetMapping("/api/v1/bills/{id}")
    @PreAuthorize("hasRole('VIEWER')")
    BillView bill(@PathVariable String id) {
        return BillView.of(desk.bill(PathIds.uuid(id, "The bill")), today());
    }

    @GetMapping("/api/v1/payment-plans/{id}")
    @PreAuthorize("hasRole('VIEWER')")
    PlanView plan(@PathVariable String id) {
        return PlanView.of(desk.plan(PathIds.uuid(id, "The payment plan")), today());
    }

    /** With {@code document_number}: that holder's open plan. Otherwise a page of plans. */
    @GetMapping("/api/v1/payment-plans")
    @PreAuthorize("hasRole('VIEWER')")
    Object plans(@RequestParam Map<String, String> params) {
        String document = params.get("document_number");
        if (document != null) {
            if (document.isBlank() || document.length() > 40 || params.size() > 1) {
                throw ApiProblem.invalid("document_number", "invalid_value", "must be 1 to 40 characters, alone");
            }
            PaymentPlan plan = desk.openPlanByDocument(document)
                    .orElseThrow(() -> new ApiProblem(
                            ErrorCode.NOT_FOUND, "No open payment plan for the client with document " + document));
            return PlanView.of(plan, today());
        }
        Paging paging = Paging.read(params);
        return paging.page(desk.plans(paging.clientId(), paging.limit() + 1, paging.offset()))
                .map(plan -> PlanView.of(plan, today()));
    }

    /** {@code {amount, from_installment?, paid_at?}}: pays installments oldest first from the one given. */
    @PostMapping("/api/v1/payment-plans/{id}/payments")
    @PreAuthorize("hasRole('OPERATOR')")
    PlanView pay(@PathVariable String id, @RequestBody JsonNode body) {
        UUID planId = PathIds.uuid(id, "The payment plan");
        return PlanView.of(servicing.pay(planId, PaymentInput.payment(body, clock.instant())), today());
    }

    /** {@code {months}}: spreads the balance over that many new installments due from next month on. */
    @PostMapping("/api/v1/payment-plans/{id}/reschedule")
    @PreAuthorize("hasRole('OPERATOR')")
    PlanView reschedule(@PathVariable String id, @RequestBody JsonNode body) {
        UUID planId = PathIds.uuid(id, "The payment plan");
        return PlanView.of(servicing.reschedule(planId, PaymentInput.months(body)), today());
    }

    /** Who paid or rescheduled the plan, when and under which request; newest first. */
    @GetMapping("/api/v1/payment-plans/{id}/activity")
    @PreAuthorize("hasRole('VIEWER')")
    Object activity(@PathVariable String id, @RequestParam Map<String, String> params) {
        UUID planId = PathIds.uuid(id, "The payment plan");
        Paging paging = Paging.read(params);
        return paging.page(servicing.activity(planId, paging.limit() + 1, paging.offset()));
    }

    /** Installments still owed ({@code status=unpaid}), due before {@code due_before} when given, with their client. */
    @GetMapping("/api/v1/installments")
    @PreAuthorize("hasRole('VIEWER')")
    Object installments(@RequestParam Map<String, String> params) {
        DueQuery query = DueQuery.read(params);
        return query.paging()
                .page(servicing.unpaid(
                        query.dueBefore(),
                        query.paging().clientId(),
                        query.paging().limit() + 1,
                        query.paging().offset()))
                .map(due -> DueView.of(due, today()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public record BillView(
            UUID id,
            UUID clientId,
            String paymentType,
            String currency,
            List<Line> lines,
            BigDecimal subtotal,
            BigDecimal discount,
            BigDecimal taxRate,
            BigDecimal tax,
            BigDecimal total,
            BigDecimal downPayment,
            Map<String, String> references,
            Instant createdAt,
            PlanView paymentPlan) {

        /** The bill, with its plan's state as of {@code today}. */
        public static BillView of(CreditDesk.BilledSale billed, LocalDate today) {
            Bill b = billed.bill();
            return new BillView(
                    b.id(),
                    b.clientId(),
                    b.paymentType(),
                    b.currency(),
                    b.lines(),
                    b.subtotal(),
                    b.discount(),
                    b.taxRate(),
                    b.tax(),
                    b.total(),
                    b.downPayment(),
                    b.references(),
                    b.createdAt(),
                    billed.plan() == null ? null : PlanView.of(billed.plan(), today));
        }
    }

    public record PlanView(
            UUID id,
            UUID clientId,
            UUID billId,
            PaymentStatus status,
            String currency,
            BigDecimal financed,
            BigDecimal monthlyInterestRate,
            BigDecimal interest,
            BigDecimal total,
            BigDecimal downPayment,
            BigDecimal paid,
            BigDecimal balance,
            int months,
            int paymentDay,
            LocalDate startingDate,
            List<InstallmentView> installments,
            Instant createdAt,
            Instant paidAt) {

        /** The plan as of {@code today}: which installments are OVERDUE depends on it. */
        public static PlanView of(PaymentPlan p, LocalDate today) {
            return new PlanView(
                    p.id(),
                    p.clientId(),
                    p.billId(),
                    p.status(today),
                    p.currency(),
                    p.financed(),
                    p.interestRate(),
                    p.interest(),
                    p.total(),
                    p.downPayment(),
                    p.paid(),
                    p.balance(),
                    p.months(),
                    p.paymentDay(),
                    p.startingDate(),
                    p.installments().stream()
                            .map(i -> InstallmentView.of(i, today))
                            .toList(),
                    p.createdAt(),
                    p.paidAt());
        }
    }

    /** {@code amount} is the principal; {@code due} adds the interest; {@code owed} is what is left of it. */
    public record InstallmentView(
            int number,
            LocalDate dueDate,
            BigDecimal amount,
            BigDecimal interest,
            BigDecimal due,
            BigDecimal paid,
            BigDecimal owed,
            PaymentStatus status) {

        static InstallmentView of(Installment i, LocalDate today) {
            return new InstallmentView(
                    i.number(), i.dueDate(), i.amount(), i.interest(), i.due(), i.paid(), i.owed(), i.status(today));
        }
    }

    /** An installment still owed, with its plan, bill and client. */
    public record DueView(
            UUID planId,
            UUID billId,
            String currency,
            PaymentStatus planStatus,
            InstallmentView installment,
            ClientSummary client) {

        static DueView of(DueInstallment due, LocalDate today) {
            return new DueView(
                    due.planId(),
                    due.billId(),
                    due.currency(),
                    due.planOverdue() ? PaymentStatus.OVERDUE : PaymentStatus.PENDING,
                    InstallmentView.of(due.installment(), today),
                    ClientSummary.of(due.clientId(), due.client()));
        }
    }

    /** Who owes an installment: enough to call them. */
    public record ClientSummary(
            UUID id, String name, String documentNumber, String phone, String mobile, boolean deleted) {

        static ClientSummary of(UUID id, Client c) {
            if (c == null) {
                return new ClientSummary(id, null, null, null, null, true);
            }
            return new ClientSummary(
                    id,
                    c.name(),
                    c.document() == null
                            ? null
                            : c.document().typedOr(c.document().number()),
                    c.phone(),
                    c.mobile(),
                    c.isDeleted());
        }
    }
}
