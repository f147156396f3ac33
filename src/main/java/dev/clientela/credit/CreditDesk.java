package dev.clientela.credit;

import com.github.f4b6a3.uuid.UuidCreator;
import dev.clientela.client.Client;
import dev.clientela.client.ClientRegistry;
import dev.clientela.db.Constraints;
import dev.clientela.sales.Currencies;
import dev.clientela.sales.Lines;
import dev.clientela.tenant.CurrentTenant;
import dev.clientela.tenant.Tenant;
import dev.clientela.tenant.TenantDirectory;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import dev.clientela.web.JsonInput;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** Billing in cash or installments, and collecting installments. */
@Service
public class CreditDesk {

    private static final Set<String> BILL = Set.of(
            "payment_type",
            "client_id",
            "currency",
            "lines",
            "discount",
            "tax_rate",
            "down_payment",
            "months",
            "payment_day",
            "starting_date",
            "monthly_interest_rate",
            "installment_rounding",
            "references");

    private final Bills bills;
    private final PaymentPlans plans;
    private final ClientRegistry clients;
    private final TenantDirectory tenants;
    private final CurrentTenant current;
    private final Clock clock;
    private final CreditEvents events;

    CreditDesk(
            Bills bills,
            PaymentPlans plans,
            ClientRegistry clients,
            TenantDirectory tenants,
            CurrentTenant current,
            Clock clock,
            CreditEvents events) {
        this.bills = bills;
        this.plans = plans;
        this.clients = clients;
        this.tenants = tenants;
        this.current = current;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public BilledSale bill(JsonNode body) {
        BillRequest request =
                BillRequest.read(JsonInput.of(body, BILL, Set.of("id", "total", "payment_plan")), LocalDate.now(clock));
        Tenant tenant = tenants.current();
        Client client = request.clientId() == null ? null : buyer(request);
        BigDecimal subtotal = Lines.sum(request.lines());
        BigDecimal discount = request.discount();
        if (discount.compareTo(subtotal) > 0) {
            throw ApiProblem.invalid("discount", "out_of_range", "cannot exceed the sum of the lines");
        }
        BigDecimal taxRate = request.taxRate() != null ? request.taxRate() : defaultTaxRate(tenant);
        BigDecimal taxable = subtotal.subtract(discount);
        BigDecimal tax = Lines.cents(taxable.multiply(taxRate));
        BigDecimal total = taxable.add(tax);
        String currency = request.currency() != null ? request.currency() : Currencies.of(tenant.country());
        Bill bill = new Bill(
                UuidCreator.getTimeOrderedEpoch(),
                request.clientId(),
                request.paymentType(),
                currency,
                request.lines(),
                subtotal,
                discount,
                taxRate,
                tax,
                total,
                request.downPayment(),
                request.references(),
                null);
        if (!request.installments()) {
            return events.billed(new BilledSale(bills.insert(tenant.id(), bill), null));
        }
        plans.openOf(tenant.id(), List.of(client.id())).ifPresent(open -> {
            throw openPlanExists(open.id());
        });
        BigDecimal financed =
                total.subtract(request.downPayment()).max(BigDecimal.ZERO).setScale(2);
        if (client.creditLimit() != null && financed.compareTo(client.creditLimit()) > 0) {
            throw new ApiProblem(
                    ErrorCode.CREDIT_LIMIT_EXCEEDED,
                    "Financing " + financed + " exceeds the client's credit limit of " + client.creditLimit(),
                    List.of(),
                    Map.of("credit_limit", client.creditLimit(), "financed", financed));
        }
        Bill saved = bills.insert(tenant.id(), bill);
        boolean bornPaid = financed.signum() == 0 || request.months() == 0;
        List<Installment> installments = bornPaid
                ? List.of()
                : InstallmentSchedule.of(
                        financed,
                        request.months(),
                        request.paymentDay(),
                        request.startingDate(),
                        request.monthlyInterestRate(),
                        1,
                        request.installmentRounding());
        BigDecimal interest =
                installments.stream().map(Installment::interest).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        PaymentPlan plan = new PaymentPlan(
                UuidCreator.getTimeOrderedEpoch(),
                client.id(),
                saved.id(),
                currency,
                financed,
                request.monthlyInterestRate(),
                interest,
                request.downPayment().min(total),
                bornPaid ? financed : BigDecimal.ZERO.setScale(2),
                bornPaid ? "PAID" : "PENDING",
                request.months(),
                request.paymentDay(),
                request.startingDate(),
                null,
                null,
                installments);
        try {
            return events.billed(new BilledSale(saved, plans.insert(tenant.id(), plan)));
        } catch (DataIntegrityViolationException e) {
            if (Constraints.violated(e)
                    .filter("payment_plans_one_open_key"::equals)
                    .isPresent()) {
                throw openPlanExists(null);
            }
            throw e;
        }
    }

    @Transactional(readOnly = true)
    public BilledSale bill(UUID id) {
        UUID tenantId = current.id();
        Bill bill = bills.find(tenantId, id).orElseThrow(() -> ApiProblem.notFound("The bill"));
        return new BilledSale(bill, null);
    }

    /** The bill, if this tenant has one with this id. */
    @Transactional(readOnly = true)
    public java.util.Optional<Bill> findBill(UUID id) {
        return bills.find(current.id(), id);
    }

    @Transactional(readOnly = true)
    PaymentPlan plan(UUID id) {
        return plans.find(current.id(), id, false).orElseThrow(() -> ApiProblem.notFound("The payment plan"));
    }

    /** The client's open plan, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<PaymentPlan> openPlan(UUID clientId) {
        return plans.openOf(current.id(), List.of(clientId));
    }

    @Transactional(readOnly = true)
    List<PaymentPlan> plans(UUID clientId, int limit, int offset) {
        return plans.list(current.id(), clientId, limit, offset);
    }

    /** The open plan of whoever holds this document, even a deleted client: debts outlive a delete. */
    @Transactional(readOnly = true)
    PaymentPlan openPlanByDocument(String documentNumber) {
        List<UUID> holders = clients.holdersOfDocument(documentNumber);
        return plans.openOf(current.id(), holders)
                .orElseThrow(() -> new ApiProblem(
                        ErrorCode.NOT_FOUND, "No open payment plan for the client with document " + documentNumber));
    }

    private Client buyer(BillRequest request) {
        Client client = clients.findLive(request.clientId())
                .orElseThrow(() -> ApiProblem.invalid("client_id", "unknown_client", "no live client has this id"));
        if (request.installments() && !client.isActive()) {
            throw ApiProblem.invalid("client_id", "inactive_client", "an INACTIVE client cannot buy on credit");
        }
        return client;
    }

    private static BigDecimal defaultTaxRate(Tenant tenant) {
        BigDecimal configured = tenant.settings().taxRate();
        return configured != null ? configured : Currencies.taxRate(tenant.country());
    }

    private static ApiProblem openPlanExists(UUID openPlanId) {
        return new ApiProblem(
                ErrorCode.OPEN_PLAN_EXISTS,
                "The client already has an open payment plan; it must be paid before another",
                List.of(),
                openPlanId == null ? Map.of() : Map.of("open_plan_id", openPlanId));
    }

    /** A bill and the payment plan it created, if any. */
    public record BilledSale(Bill bill, PaymentPlan plan) {}
}
