package dev.clientela.compat.credith;

import com.github.f4b6a3.uuid.UuidCreator;
import dev.clientela.credit.Bill;
import dev.clientela.credit.DueInstallment;
import dev.clientela.credit.Installment;
import dev.clientela.credit.PaymentPlan;
import dev.clientela.credit.PaymentStatus;
import dev.clientela.money.Money;
import dev.clientela.web.JsonNodes;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A payment plan in Credith's names. Credith's {@code totalToPay} and {@code payedAmount} include the
 * down payment ({@code initialPayment}); the canonical plan keeps it apart, so it is added back here.
 * Its monthly payments are the installments, {@code paymentAmount} the principal and
 * {@code interestToPay} the interest; {@code month} is the position the pay route takes. Dates are
 * written as Credith's database wrote them: midnight UTC.
 */
final class CredithPlanJson {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private CredithPlanJson() {}

    static ObjectNode of(PaymentPlan plan, LocalDate today) {
        ObjectNode json = JsonNodes.object();
        json.put("billPaymentPlanId", plan.id().toString());
        json.put("billId", plan.billId().toString());
        json.put("clientId", plan.clientId().toString());
        json.put("status", status(plan.status(today)));
        json.put("totalToPay", plan.downPayment().add(plan.total()));
        json.put("initialPayment", plan.downPayment());
        json.put("payedAmount", payedAmount(plan));
        json.put("pendingAmount", plan.balance());
        json.put("currency", plan.currency());
        json.put("startingDate", midnight(plan.startingDate()));
        json.put("monthsToPay", plan.installments().size());
        json.put("paymentDay", plan.paymentDay());
        json.put("interestRate", percent(plan.interestRate()));
        json.put("createdAt", text(plan.createdAt()));
        json.put("lastPaymentTime", text(plan.paidAt()));
        ArrayNode months = json.putArray("monthlyPayments");
        List<Installment> installments = plan.installments();
        for (int month = 0; month < installments.size(); month++) {
            Installment i = installments.get(month);
            ObjectNode payment = months.addObject();
            payment.put("monthlyPaymentId", monthlyPaymentId(plan.id(), i.number()));
            payment.put("billPaymentPlanId", plan.id().toString());
            payment.put("month", month);
            payment.put("paymentAmount", i.amount());
            payment.put("interestToPay", i.interest());
            payment.put("payedAmount", i.paid());
            payment.put("isPayed", i.isPaid());
            payment.put("paymentDeadline", midnight(i.dueDate()));
        }
        return json;
    }

    /** A cash bill was paid at the till: Credith kept it as a plan born PAYED, under the bill's own id here. */
    static ObjectNode ofCash(Bill bill) {
        ObjectNode json = JsonNodes.object();
        json.put("billPaymentPlanId", bill.id().toString());
        json.put("billId", bill.id().toString());
        json.putNull("clientId");
        json.put("status", "PAYED");
        json.put("totalToPay", bill.total());
        json.put("initialPayment", bill.total());
        json.put("payedAmount", bill.total());
        json.put("pendingAmount", Money.ZERO);
        json.put("currency", bill.currency());
        json.putNull("startingDate");
        json.put("monthsToPay", 0);
        json.putNull("paymentDay");
        json.put("interestRate", 0);
        json.put("createdAt", text(bill.createdAt()));
        json.put("lastPaymentTime", text(bill.createdAt()));
        json.putArray("monthlyPayments");
        return json;
    }

    /** One of Credith's pending payments: an unpaid month with its plan and client. */
    static ObjectNode pending(DueInstallment due) {
        Installment i = due.installment();
        ObjectNode json = JsonNodes.object();
        json.put("monthlyPaymentId", monthlyPaymentId(due.planId(), i.number()));
        json.put("billPaymentPlanId", due.planId().toString());
        json.put("paymentDeadline", midnight(i.dueDate()));
        json.put("paymentAmount", i.amount());
        json.put("interestToPay", i.interest());
        json.put("payedAmount", i.paid());
        json.put("amountToPay", i.owed());
        json.put("planStatus", due.planOverdue() ? "OVERDUE" : "PENDING");
        ObjectNode client = json.putObject("client");
        client.put("clientId", due.clientId().toString());
        var holder = due.client();
        client.put("name", holder == null ? null : holder.name());
        client.put(
                "dni",
                holder == null || holder.document() == null
                        ? null
                        : holder.document().typedOr(holder.document().number()));
        client.put("phone", holder == null ? null : holder.phone());
        return json;
    }

    /** What Credith's plan says was paid: the down payment and every payment since. */
    static BigDecimal payedAmount(PaymentPlan plan) {
        return plan.downPayment().add(plan.paid());
    }

    /** Credith wrote PAYED where the canonical plan says PAID. */
    static String status(PaymentStatus canonical) {
        return canonical == PaymentStatus.PAID ? "PAYED" : canonical.name();
    }

    /** Installments have no id of their own; this one is the same on every read. */
    private static String monthlyPaymentId(UUID planId, int number) {
        return UuidCreator.getNameBasedSha1(planId + "/" + number).toString();
    }

    private static BigDecimal percent(BigDecimal rate) {
        BigDecimal percent = rate.multiply(HUNDRED).stripTrailingZeros();
        return percent.scale() < 0 ? percent.setScale(0) : percent;
    }

    private static String midnight(LocalDate date) {
        return date == null
                ? null
                : date.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
