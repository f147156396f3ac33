package dev.clientela.credit;

import dev.clientela.client.ClientReferences;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Bills and payment plans that point to a client. */
@Component
class CreditReferences implements ClientReferences {

    private final Bills bills;
    private final PaymentPlans plans;

    CreditReferences(Bills bills, PaymentPlans plans) {
        this.bills = bills;
        this.plans = plans;
    }

    @Override
    public Map<String, Long> count(UUID tenantId, UUID clientId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("bills", bills.countFor(tenantId, clientId));
        counts.put("payment_plans", plans.countFor(tenantId, clientId));
        return counts;
    }
}
