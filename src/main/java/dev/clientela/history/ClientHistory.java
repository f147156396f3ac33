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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A client's history, as the API's customer panel and the console's client page show it. */
@Service
public class ClientHistory {

    private final ClientRegistry clients;
    private final SalesDesk sales;
    private final CreditDesk credit;
    private final List<ClientReferences> references;
    private final CurrentTenant current;
    private final Clock clock;

    ClientHistory(
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

    /** In a fixed number of queries whatever the number of records. */
    @Transactional(readOnly = true)
    public History of(UUID clientId) {
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

    public record History(
            ClientView client,
            List<Sale> sales,
            List<QuotationView> pendingQuotations,
            List<Invoice> invoices,
            PlanView openPaymentPlan,
            Map<String, Long> counts) {}
}
