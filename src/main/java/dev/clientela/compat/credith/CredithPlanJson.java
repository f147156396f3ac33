package dev.clientela.compat.credith;

import dev.clientela.credit.CreditDesk;
import dev.clientela.credit.Installment;
import dev.clientela.credit.PaymentPlan;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A payment plan with Credith's camelCase names. */
final class CredithPlanJson {

    private CredithPlanJson() {}

    static Map<String, Object> view(PaymentPlan p) {
        LocalDate today = CreditDesk.today();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("paymentPlanId", p.id());
        view.put("clientId", p.clientId());
        view.put("billId", p.billId());
        view.put("status", p.status(today));
        view.put("currency", p.currency());
        view.put("totalAmount", p.financed());
        view.put("paidAmount", p.paid());
        view.put("balance", p.balance());
        view.put("months", p.months());
        view.put("paymentDay", p.paymentDay());
        view.put("startingDate", p.startingDate());
        view.put(
                "installments",
                p.installments().stream().map(i -> installment(i, today)).toList());
        view.put("createdAt", p.createdAt());
        return view;
    }

    private static Map<String, Object> installment(Installment i, LocalDate today) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("number", i.number());
        view.put("dueDate", i.dueDate());
        view.put("amount", i.amount());
        view.put("paidAmount", i.paid());
        view.put("status", i.status(today));
        return view;
    }
}
