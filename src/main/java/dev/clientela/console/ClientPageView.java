package dev.clientela.console;

import dev.clientela.client.ClientView;
import dev.clientela.credit.CreditController.PlanView;
import dev.clientela.history.ClientHistory;
import dev.clientela.sales.Invoice;
import dev.clientela.sales.Sale;
import dev.clientela.sales.SalesController.QuotationView;
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
