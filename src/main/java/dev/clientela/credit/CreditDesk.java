package dev.clientela.credit;

import dev.clientela.client.Client;
import dev.clientela.client.ClientRegistry;
import dev.clientela.db.Constraints;
import dev.clientela.sales.Currencies;
import dev.clientela.tenant.CurrentTenant;
import dev.clientela.tenant.Tenant;
import dev.clientela.tenant.TenantDirectory;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Billing in cash or installments, and collecting installments. */
@Service
public class CreditDesk {

    private final Bills bills;
    private final PaymentPlans plans;
    private final ClientRegistry clients;
    private final TenantDirectory tenants;
    private final CurrentTenant current;
    private final CreditEvents events;

    CreditDesk(
            Bills bills,
            PaymentPlans plans,
            ClientRegistry clients,
            TenantDirectory tenants,
            CurrentTenant current,
            CreditEvents events) {
        this.bills = bills;
        this.plans = plans;
        this.clients = clients;
        this.tenants = tenants;
        this.current = current;
        this.events = events;
    }

    @Transactional
    public BilledSale bill(NewBill order) {
        Tenant tenant = tenants.current();
        Client client = order.clientId() == null ? null : buyer(order);
        BigDecimal taxRate = order.taxRate() != null ? order.taxRate() : defaultTaxRate(tenant);
        String currency = order.currency() != null ? order.currency() : Currencies.of(tenant.country());
        Bill bill = Bill.price(order, currency, taxRate);
        if (!order.installments()) {
            return events.billed(new BilledSale(bills.insert(tenant.id(), bill), null));
        }
        plans.openOf(tenant.id(), List.of(client.id())).ifPresent(open -> {
            throw openPlanExists(open.id());
        });
        PaymentPlan plan = PaymentPlan.open(bill, client, order);
        Bill saved = bills.insert(tenant.id(), bill);
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
    public java.util.Optional<PaymentPlan> openPlanByDocument(String documentNumber) {
        return plans.openOf(current.id(), clients.holdersOfDocument(documentNumber));
    }

    private Client buyer(NewBill request) {
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
