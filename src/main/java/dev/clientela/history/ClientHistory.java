package dev.clientela.history;

import dev.clientela.client.Client;
import dev.clientela.client.ClientReferences;
import dev.clientela.client.ClientRegistry;
import dev.clientela.credit.CreditDesk;
import dev.clientela.credit.PaymentPlan;
import dev.clientela.sales.Invoice;
import dev.clientela.sales.Quotation;
import dev.clientela.sales.Sale;
import dev.clientela.sales.SalesDesk;
import dev.clientela.tenant.CurrentTenant;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a customer panel shows of a client, in a fixed number of queries whatever the number of
 * records: its newest sales and invoices, pending quotations, open plan, and how many records of
 * each kind point to it.
 */
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

    @Transactional(readOnly = true)
    public History of(UUID clientId) {
        Client client = clients.find(clientId);
        Map<String, Long> counts = new TreeMap<>();
        references.forEach(r -> r.count(current.id(), clientId).forEach((kind, n) -> counts.merge(kind, n, Long::sum)));
        return new History(
                client,
                sales.sales(clientId, 20, 0),
                sales.pendingQuotations(clientId, 10),
                sales.invoices(clientId, 20, 0),
                credit.openPlan(clientId),
                counts,
                LocalDate.now(clock));
    }

    /** A client's history as read on {@code today}; {@code counts} by kind of record, in all. */
    public record History(
            Client client,
            List<Sale> sales,
            List<Quotation> pendingQuotations,
            List<Invoice> invoices,
            Optional<PaymentPlan> openPlan,
            Map<String, Long> counts,
            LocalDate today) {

        public long count(String kind) {
            return counts.getOrDefault(kind, 0L);
        }
    }
}
