package dev.clientela.console;

import dev.clientela.client.ClientView;
import dev.clientela.credit.CreditController.PlanView;
import dev.clientela.credit.PaymentStatus;
import dev.clientela.history.ClientHistory;
import dev.clientela.sales.Invoice;
import dev.clientela.sales.Sale;
import dev.clientela.sales.SalesController.QuotationView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A client's history as the client page shows it: the API's views of the client, its quotations and its plan. */
record ClientPageView(
        ClientView client,
        List<Sale> sales,
        List<QuotationView> pendingQuotations,
        List<Invoice> invoices,
        PlanView openPaymentPlan,
        Map<String, Long> counts) {

    /** The open plan's installments past their due date and unpaid, and what is owed of them; null without a plan. */
    public Overdue overdue() {
        if (openPaymentPlan == null) {
            return null;
        }
        var late = openPaymentPlan.installments().stream()
                .filter(i -> i.status() == PaymentStatus.OVERDUE)
                .toList();
        return new Overdue(
                late.size(),
                late.stream().map(i -> i.owed()).reduce(BigDecimal.ZERO, BigDecimal::add),
                late.isEmpty() ? null : late.getFirst().dueDate());
    }

    /** How many installments are overdue, what is owed of them, and since when. */
    record Overdue(int installments, BigDecimal owed, java.time.LocalDate since) {}

    static ClientPageView of(ClientHistory.History history) {
        return new ClientPageView(
                ClientView.of(history.client()),
                history.sales(),
                history.pendingQuotations().stream()
                        .map(q -> QuotationView.of(q, history.today()))
                        .toList(),
                history.invoices(),
                history.openPlan().map(p -> PlanView.of(p, history.today())).orElse(null),
                history.counts());
    }
}
