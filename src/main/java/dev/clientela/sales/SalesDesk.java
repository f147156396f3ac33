package dev.clientela.sales;

import com.github.f4b6a3.uuid.UuidCreator;
import dev.clientela.client.Client;
import dev.clientela.client.ClientRegistry;
import dev.clientela.events.Events;
import dev.clientela.tenant.CurrentTenant;
import dev.clientela.tenant.Tenant;
import dev.clientela.tenant.TenantDirectory;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import dev.clientela.web.JsonInput;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** The use cases of sales, quotations and invoices. */
@Service
public class SalesDesk {

    private static final Set<String> SALE = Set.of("client_id", "currency", "lines", "discount", "notes");
    private static final Set<String> QUOTATION = Set.of("client_id", "currency", "lines", "valid_until", "notes");
    private static final Set<String> INVOICE =
            Set.of("client_id", "currency", "series", "number", "issue_date", "lines", "tax_rate");
    private static final Set<String> READ_ONLY = Set.of("id", "total", "subtotal", "tax", "status", "created_at");

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
    Sale sell(JsonNode body) {
        JsonInput in = JsonInput.of(body, SALE, READ_ONLY);
        Tenant tenant = tenants.current();
        UUID clientId = clientId(in, false);
        String currency = currency(in, tenant);
        List<Line> lines = Lines.read(in, "lines");
        BigDecimal discount = orZero(in.decimal("discount", BigDecimal.ZERO, Lines.MAX_AMOUNT, 2));
        String notes = in.string("notes", 1000);
        BigDecimal subtotal = Lines.sum(lines);
        if (in.valid() && discount.compareTo(subtotal) > 0) {
            in.reject("discount", "out_of_range", "cannot exceed the sum of the lines");
        }
        in.throwIfInvalid();
        liveClient(in, clientId);
        Sale sale = new Sale(
                UuidCreator.getTimeOrderedEpoch(),
                clientId,
                currency,
                lines,
                subtotal,
                discount,
                subtotal.subtract(discount),
                notes,
                null,
                null,
                null);
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
    Quotation quote(JsonNode body) {
        JsonInput in = JsonInput.of(body, QUOTATION, READ_ONLY);
        Tenant tenant = tenants.current();
        UUID clientId = clientId(in, true);
        String currency = currency(in, tenant);
        List<Line> lines = Lines.read(in, "lines");
        LocalDate validUntil = in.date("valid_until");
        if (validUntil == null && !in.has("valid_until")) {
            in.reject("valid_until", "required", "is required");
        }
        String notes = in.string("notes", 1000);
        in.throwIfInvalid();
        liveClient(in, clientId);
        Quotation quotation = new Quotation(
                UuidCreator.getTimeOrderedEpoch(),
                clientId,
                currency,
                lines,
                Lines.sum(lines),
                validUntil,
                "PENDING",
                null,
                notes,
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
                        BigDecimal.ZERO.setScale(2),
                        quotation.total(),
                        quotation.notes(),
                        quotation.id(),
                        null,
                        null));
        raised("sale.created", sale);
        return raisedQuotation("quotation.accepted", quotations.decide(tenantId, id, "ACCEPTED", sale.id()));
    }

    @Transactional
    Quotation reject(UUID id) {
        UUID tenantId = current.id();
        pending(tenantId, id);
        return raisedQuotation("quotation.rejected", quotations.decide(tenantId, id, "REJECTED", null));
    }

    @Transactional
    Invoice issue(JsonNode body) {
        JsonInput in = JsonInput.of(body, INVOICE, READ_ONLY);
        Tenant tenant = tenants.current();
        UUID clientId = clientId(in, true);
        String currency = currency(in, tenant);
        String series = in.requiredString("series", 20);
        Integer number = in.integer("number", 1, Integer.MAX_VALUE);
        if (number == null && !in.has("number")) {
            in.reject("number", "required", "is required");
        }
        LocalDate issueDate = in.date("issue_date");
        List<Line> lines = Lines.read(in, "lines");
        BigDecimal taxRate = in.has("tax_rate")
                ? in.decimal("tax_rate", BigDecimal.ZERO, BigDecimal.ONE, 4)
                : defaultTaxRate(tenant);
        in.throwIfInvalid();
        Client client = liveClient(in, clientId);
        BigDecimal subtotal = Lines.sum(lines);
        BigDecimal tax = Lines.cents(subtotal.multiply(taxRate));
        Invoice invoice = new Invoice(
                UuidCreator.getTimeOrderedEpoch(),
                clientId,
                series,
                number,
                issueDate == null ? LocalDate.now(clock) : issueDate,
                currency,
                lines,
                subtotal,
                taxRate,
                tax,
                subtotal.add(tax),
                snapshot(client),
                null);
        Invoice issued = invoices.insert(tenant.id(), invoice)
                .orElseThrow(() -> new ApiProblem(
                        ErrorCode.DUPLICATE_INVOICE_NUMBER, "Invoice " + series + "-" + number + " already exists"));
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
        String status = quotation.status(LocalDate.now(clock));
        if (!status.equals("PENDING")) {
            throw new ApiProblem(ErrorCode.CONFLICT, "The quotation is " + status + ", not PENDING");
        }
        return quotation;
    }

    private static UUID clientId(JsonInput in, boolean required) {
        String text = in.string("client_id", 36);
        if (text == null) {
            if (required && !in.has("client_id")) {
                in.reject("client_id", "required", "is required");
            }
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            in.reject("client_id", "invalid_format", "must be a client id");
            return null;
        }
    }

    private Client liveClient(JsonInput in, UUID clientId) {
        if (clientId == null) {
            return null;
        }
        return clients.findLive(clientId)
                .orElseThrow(() -> ApiProblem.invalid("client_id", "unknown_client", "no live client has this id"));
    }

    private static String currency(JsonInput in, Tenant tenant) {
        String currency = in.string("currency", 3);
        if (currency == null) {
            return Currencies.of(tenant.country());
        }
        if (!Currencies.isKnown(currency)) {
            in.reject("currency", "invalid_value", "must be an ISO 4217 currency code");
        }
        return currency;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : value.setScale(2);
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
