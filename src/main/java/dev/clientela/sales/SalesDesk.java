package dev.clientela.sales;

import com.github.f4b6a3.uuid.UuidCreator;
import dev.clientela.client.Client;
import dev.clientela.client.ClientRegistry;
import dev.clientela.events.Events;
import dev.clientela.money.Money;
import dev.clientela.tenant.CurrentTenant;
import dev.clientela.tenant.Tenant;
import dev.clientela.tenant.TenantDirectory;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The use cases of sales, quotations and invoices. */
@Service
public class SalesDesk {

    private final Sales sales;
    private final Quotations quotations;
    private final Invoices invoices;
    private final ClientRegistry clients;
    private final TenantDirectory tenants;
    private final CurrentTenant current;
    private final Clock clock;
    private final Events events;

    SalesDesk(
            Sales sales,
            Quotations quotations,
            Invoices invoices,
            ClientRegistry clients,
            TenantDirectory tenants,
            CurrentTenant current,
            Clock clock,
            Events events) {
        this.sales = sales;
        this.quotations = quotations;
        this.invoices = invoices;
        this.clients = clients;
        this.tenants = tenants;
        this.current = current;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public Sale sell(NewSale order) {
        Tenant tenant = tenants.current();
        BigDecimal subtotal = Lines.sum(order.lines());
        if (order.discount().compareTo(subtotal) > 0) {
            throw ApiProblem.invalid("discount", "out_of_range", "cannot exceed the sum of the lines");
        }
        liveClient(order.clientId());
        Sale sale = new Sale(
                UuidCreator.getTimeOrderedEpoch(),
                order.clientId(),
                currency(order.currency(), tenant),
                order.lines(),
                subtotal,
                order.discount(),
                subtotal.subtract(order.discount()),
                order.notes(),
                null,
                null,
                clock.instant());
        return raised("sale.created", sales.insert(tenant.id(), sale));
    }

    @Transactional(readOnly = true)
    Sale sale(UUID id) {
        return sales.find(current.id(), id).orElseThrow(() -> ApiProblem.notFound("The sale"));
    }

    @Transactional
    Sale cancel(UUID id) {
        boolean cancelledBefore =
                sales.find(current.id(), id).map(Sale::cancelled).orElse(false);
        Sale sale = sales.cancel(current.id(), id).orElseThrow(() -> ApiProblem.notFound("The sale"));
        return cancelledBefore ? sale : raised("sale.cancelled", sale);
    }

    @Transactional(readOnly = true)
    public List<Sale> sales(UUID clientId, int limit, int offset) {
        return sales.list(current.id(), clientId, limit, offset);
    }

    @Transactional
    public Quotation quote(NewQuotation offer) {
        Tenant tenant = tenants.current();
        liveClient(offer.clientId());
        Quotation quotation = new Quotation(
                UuidCreator.getTimeOrderedEpoch(),
                offer.clientId(),
                currency(offer.currency(), tenant),
                offer.lines(),
                Lines.sum(offer.lines()),
                offer.validUntil(),
                QuotationStatus.PENDING,
                null,
                offer.notes(),
                null,
                null);
        return raisedQuotation("quotation.created", quotations.insert(tenant.id(), quotation));
    }

    @Transactional(readOnly = true)
    Quotation quotation(UUID id) {
        return quotations.find(current.id(), id).orElseThrow(() -> ApiProblem.notFound("The quotation"));
    }

    @Transactional(readOnly = true)
    List<Quotation> quotations(UUID clientId, int limit, int offset) {
        return quotations.list(current.id(), clientId, limit, offset);
    }

    /** Accepting a pending quotation makes its sale. */
    @Transactional
    Quotation accept(UUID id) {
        UUID tenantId = current.id();
        Quotation quotation = pending(tenantId, id);
        Sale sale = sales.insert(
                tenantId,
                new Sale(
                        UuidCreator.getTimeOrderedEpoch(),
                        quotation.clientId(),
                        quotation.currency(),
                        quotation.lines(),
                        quotation.total(),
                        Money.ZERO,
                        quotation.total(),
                        quotation.notes(),
                        quotation.id(),
                        null,
                        clock.instant()));
        raised("sale.created", sale);
        return raisedQuotation(
                "quotation.accepted", quotations.decide(tenantId, id, QuotationStatus.ACCEPTED, sale.id()));
    }

    @Transactional
    Quotation reject(UUID id) {
        UUID tenantId = current.id();
        pending(tenantId, id);
        return raisedQuotation("quotation.rejected", quotations.decide(tenantId, id, QuotationStatus.REJECTED, null));
    }

    @Transactional
    public Invoice issue(NewInvoice order) {
        Tenant tenant = tenants.current();
        Client client = liveClient(order.clientId());
        BigDecimal taxRate = order.taxRate() != null ? order.taxRate() : defaultTaxRate(tenant);
        BigDecimal subtotal = Lines.sum(order.lines());
        BigDecimal tax = Money.cents(subtotal.multiply(taxRate));
        Invoice invoice = new Invoice(
                UuidCreator.getTimeOrderedEpoch(),
                order.clientId(),
                order.series(),
                order.number(),
                order.issueDate() == null ? LocalDate.now(clock) : order.issueDate(),
                currency(order.currency(), tenant),
                order.lines(),
                subtotal,
                taxRate,
                tax,
                subtotal.add(tax),
                snapshot(client),
                null);
        Invoice issued = invoices.insert(tenant.id(), invoice)
                .orElseThrow(() -> new ApiProblem(
                        ErrorCode.DUPLICATE_INVOICE_NUMBER,
                        "Invoice " + order.series() + "-" + order.number() + " already exists"));
        events.raise("invoice.issued", issued);
        return issued;
    }

    private Sale raised(String type, Sale sale) {
        events.raise(type, sale);
        return sale;
    }

    private Quotation raisedQuotation(String type, Quotation quotation) {
        events.raise(type, SalesController.QuotationView.of(quotation, LocalDate.now(clock)));
        return quotation;
    }

    @Transactional(readOnly = true)
    Invoice invoice(UUID id) {
        return invoices.find(current.id(), id).orElseThrow(() -> ApiProblem.notFound("The invoice"));
    }

    @Transactional(readOnly = true)
    public List<Invoice> invoices(UUID clientId, int limit, int offset) {
        return invoices.list(current.id(), clientId, limit, offset);
    }

    /** A client's pending quotations that have not expired, newest first. */
    @Transactional(readOnly = true)
    public List<Quotation> pendingQuotations(UUID clientId, int limit) {
        return quotations.pending(current.id(), clientId, LocalDate.now(clock), limit);
    }

    static BigDecimal defaultTaxRate(Tenant tenant) {
        BigDecimal configured = tenant.settings().taxRate();
        return configured != null ? configured : Currencies.taxRate(tenant.country());
    }

    private Quotation pending(UUID tenantId, UUID id) {
        Quotation quotation = quotations.lock(tenantId, id).orElseThrow(() -> ApiProblem.notFound("The quotation"));
        QuotationStatus status = quotation.status(LocalDate.now(clock));
        if (status != QuotationStatus.PENDING) {
            throw new ApiProblem(ErrorCode.CONFLICT, "The quotation is " + status + ", not PENDING");
        }
        return quotation;
    }

    private Client liveClient(UUID clientId) {
        if (clientId == null) {
            return null;
        }
        return clients.findLive(clientId)
                .orElseThrow(() -> ApiProblem.invalid("client_id", "unknown_client", "no live client has this id"));
    }

    private static String currency(String asked, Tenant tenant) {
        return asked != null ? asked : Currencies.of(tenant.country());
    }

    private static Map<String, Object> snapshot(Client c) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("name", c.name());
        snapshot.put("legal_name", c.legalName());
        snapshot.put(
                "document",
                c.document() == null
                        ? null
                        : Map.of(
                                "country", c.document().country(),
                                "type", c.document().type(),
                                "number", c.document().number(),
                                "formatted", c.document().formatted()));
        snapshot.put("address", c.address());
        return snapshot;
    }
}
