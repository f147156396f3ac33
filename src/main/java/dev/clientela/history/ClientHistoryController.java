package dev.clientela.history;

import dev.clientela.client.Client;
import dev.clientela.client.ClientReferences;
import dev.clientela.client.ClientRegistry;
import dev.clientela.client.ClientView;
import dev.clientela.credit.CreditController.PlanView;
import dev.clientela.credit.CreditDesk;
import dev.clientela.sales.Invoice;
import dev.clientela.sales.Sale;
import dev.clientela.sales.SalesController.QuotationView;
import dev.clientela.sales.SalesDesk;
import dev.clientela.tenant.CurrentTenant;
import dev.clientela.web.PathIds;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/clients/{id}/history}: what a customer panel shows, in a fixed number of
 * queries whatever the number of records.
 */
@RestController
class ClientHistoryController {

    private final ClientRegistry clients;
    private final SalesDesk sales;
    private final CreditDesk credit;
    private final List<ClientReferences> references;
    private final CurrentTenant current;
    private final Clock clock;

    ClientHistoryController(
            ClientRegistry clients,
            SalesDesk sales,
            CreditDesk credit,
            List<ClientReferences> references,
            CurrentTenant current,
            Clock clock) {
        this.clients = clients;
        this.sales = sales;
        this.credit = credit;
        this.references = references;
        this.current = current;
        this.clock = clock;
    }

    @GetMapping("/api/v1/clients/{id}/history")
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    History history(@PathVariable String id) {
        UUID clientId = PathIds.uuid(id, "The client");
        Client client = clients.find(clientId);
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> counts = new TreeMap<>();
        references.forEach(r -> counts.putAll(r.count(current.id(), clientId)));
        return new History(
                ClientView.of(client),
                sales.sales(clientId, 20, 0),
                sales.pendingQuotations(clientId, 10).stream()
                        .map(q -> QuotationView.of(q, today))
                        .toList(),
                sales.invoices(clientId, 20, 0),
                credit.openPlan(clientId).map(p -> PlanView.of(p, today)).orElse(null),
                counts);
    }

    record History(
            ClientView client,
            List<Sale> sales,
            List<QuotationView> pendingQuotations,
            List<Invoice> invoices,
            PlanView openPaymentPlan,
            Map<String, Long> counts) {}
}
