package dev.clientela.history;

import dev.clientela.client.ClientView;
import dev.clientela.credit.CreditController.PlanView;
import dev.clientela.sales.Invoice;
import dev.clientela.sales.Sale;
import dev.clientela.sales.SalesController.QuotationView;
import dev.clientela.web.PathIds;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/clients/{id}/history}: what a customer panel shows. */
@RestController
class ClientHistoryController {

    private final ClientHistory history;

    ClientHistoryController(ClientHistory history) {
        this.history = history;
    }

    @GetMapping("/api/v1/clients/{id}/history")
    @PreAuthorize("hasRole('VIEWER')")
    History history(@PathVariable String id) {
        ClientHistory.History h = history.of(PathIds.uuid(id, "The client"));
        return new History(
                ClientView.of(h.client()),
                h.sales(),
                h.pendingQuotations().stream()
                        .map(q -> QuotationView.of(q, h.today()))
                        .toList(),
                h.invoices(),
                h.openPlan().map(p -> PlanView.of(p, h.today())).orElse(null),
                h.counts());
    }

    record History(
            ClientView client,
            List<Sale> sales,
            List<QuotationView> pendingQuotations,
            List<Invoice> invoices,
            PlanView openPaymentPlan,
            Map<String, Long> counts) {}
}
