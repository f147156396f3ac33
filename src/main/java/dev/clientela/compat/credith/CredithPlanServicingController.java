package dev.clientela.compat.credith;

import dev.clientela.credit.CreditDesk;
import dev.clientela.credit.DueInstallment;
import dev.clientela.credit.PaymentOrder;
import dev.clientela.credit.PaymentPlan;
import dev.clientela.credit.PlanServicing;
import dev.clientela.money.Money;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.PathIds;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Credith's plan servicing routes: recalculate, pay from a month, and the pending payments up to
 * the current month, with Credith's messages. A plan id that names a CASH bill is a plan Credith
 * kept as born PAYED.
 */
@RestController
class CredithPlanServicingController {

    private static final int PAGE = 500;

    private final PlanServicing servicing;
    private final CreditDesk credit;
    private final Clock clock;

    CredithPlanServicingController(PlanServicing servicing, CreditDesk credit, Clock clock) {
        this.servicing = servicing;
        this.credit = credit;
        this.clock = clock;
    }

    /** {@code {newMonths}}: the balance spread over that many months, from next month on. */
    @PostMapping(CredithDialect.BASE + "/api/payment-plan/{planId}/recalculate")
    @PreAuthorize("hasRole('OPERATOR')")
    ObjectNode recalculate(@PathVariable String planId, @RequestBody JsonNode body) {
        PaymentPlan plan = open(planId);
        JsonNode months = body == null ? null : body.get("newMonths");
        if (months == null || months.isNull() || !months.isNumber() || !months.canConvertToExactIntegral()) {
            throw CredithSale.refusal("El numero de meses debe ser un numero entero.");
        }
        if (months.decimalValue().signum() <= 0) {
            throw CredithSale.refusal("El numero de meses debe ser mayor a cero.");
        }
        long open = plan.installments().stream().filter(i -> !i.isPaid()).count();
        if (months.decimalValue().compareTo(BigDecimal.valueOf(open)) > 0) {
            throw CredithSale.refusal("No se puede alargar el pago a plazos.");
        }
        try {
            return CredithPlanJson.of(servicing.reschedule(plan.id(), months.intValue()), today());
        } catch (ApiProblem problem) {
            throw credith(problem, planId);
        }
    }

    /** {@code {amount, month}}: pays from month {@code month} (0-based) on; at the plan's end, nothing. */
    @PostMapping(CredithDialect.BASE + "/api/payment-plan/{planId}/pay")
    @PreAuthorize("hasRole('OPERATOR')")
    Map<String, Object> pay(@PathVariable String planId, @RequestBody JsonNode body) {
        PaymentPlan plan = open(planId);
        int months = plan.installments().size();
        JsonNode monthNode = body == null ? null : body.get("month");
        int month = 0;
        if (monthNode != null && !monthNode.isNull()) {
            if (!monthNode.isNumber()
                    || !monthNode.canConvertToExactIntegral()
                    || monthNode.decimalValue().signum() < 0) {
                throw CredithSale.refusal("El mes debe ser un numero entero desde 0");
            }
            if (monthNode.decimalValue().compareTo(BigDecimal.valueOf(months)) > 0) {
                throw CredithSale.refusal("El plan de pago solo cuenta con " + months + " meses");
            }
            month = monthNode.intValue();
        }
        BigDecimal amount = CredithAmounts.payment(body == null ? null : body.get("amount"));
        PaymentPlan after = plan;
        if (month < months) {
            BigDecimal owed = owedFrom(plan, month);
            if (amount.compareTo(owed) > 0) {
                throw CredithSale.refusal(
                        "El monto excede lo pendiente desde el mes " + month + " (" + owed.toPlainString() + ")");
            }
            PaymentOrder order =
                    new PaymentOrder(amount, plan.installments().get(month).number(), clock.instant());
            try {
                after = servicing.pay(plan.id(), order);
            } catch (ApiProblem problem) {
                throw credith(problem, planId);
            }
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("message", "El pago se ha realizado con exito!");
        answer.put("payedAmount", CredithPlanJson.payedAmount(after));
        answer.put("paymentPlan", CredithPlanJson.of(after, today()));
        return answer;
    }

    /** Unpaid months due before the first day of next month, with their clients, oldest first. */
    @GetMapping(CredithDialect.BASE + "/api/payment-plan/pending-payments")
    @PreAuthorize("hasRole('ADMIN')")
    Map<String, Object> pending() {
        LocalDate today = today();
        LocalDate end = today.withDayOfMonth(1).plusMonths(1);
        ArrayNode payments = JsonNodeFactory.instance.arrayNode();
        for (int offset = 0; ; offset += PAGE) {
            List<DueInstallment> page = servicing.unpaid(end, null, PAGE, offset);
            page.forEach(due -> payments.add(CredithPlanJson.pending(due)));
            if (page.size() < PAGE) {
                break;
            }
        }
        Map<String, Object> period = new LinkedHashMap<>();
        period.put("type", "upToCurrentMonth");
        period.put("year", today.getYear());
        period.put("month", today.getMonthValue());
        period.put("endDate", end.toString());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("period", period);
        answer.put("pendingPayments", payments);
        return answer;
    }

    /** The plan, still open; a malformed or unknown id is Credith's 404, a paid plan its 400. */
    private PaymentPlan open(String planId) {
        UUID id = PathIds.uuid(planId, () -> CredithRefusal.planNotFound(planId));
        PaymentPlan plan = servicing.find(id).orElse(null);
        if (plan == null) {
            boolean cash = credit.findBill(id)
                    .filter(b -> b.paymentType().equals("CASH"))
                    .isPresent();
            throw cash ? CredithRefusal.planCovered() : CredithRefusal.planNotFound(planId);
        }
        if (plan.isPaid()) {
            throw CredithRefusal.planCovered();
        }
        return plan;
    }

    private static BigDecimal owedFrom(PaymentPlan plan, int month) {
        return plan.installments().subList(month, plan.installments().size()).stream()
                .map(i -> i.owed())
                .reduce(Money.ZERO, BigDecimal::add);
    }

    /** A refusal of the canonical use case (a change between the read and the lock) in Credith's words. */
    private static ApiProblem credith(ApiProblem problem, String planId) {
        return switch (problem.code()) {
            case PLAN_SETTLED -> CredithRefusal.planCovered();
            case OPEN_INTEREST -> CredithSale.refusal("No se puede recalcular por meses pendientes");
            case NOT_FOUND -> CredithRefusal.planNotFound(planId);
            case VALIDATION_ERROR ->
                problem.errors().stream().anyMatch(e -> e.code().equals("cannot_lengthen"))
                        ? CredithSale.refusal("No se puede alargar el pago a plazos.")
                        : problem.errors().stream().anyMatch(e -> e.code().equals("exceeds_balance"))
                                ? CredithSale.refusal("El monto excede lo pendiente del plan")
                                : problem;
            default -> problem;
        };
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
