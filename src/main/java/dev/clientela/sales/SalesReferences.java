package dev.clientela.sales;

import dev.clientela.client.ClientReferences;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Sales, quotations and invoices that point to a client. */
@Component
class SalesReferences implements ClientReferences {

    private final Sales sales;
    private final Quotations quotations;
    private final Invoices invoices;

    SalesReferences(Sales sales, Quotations quotations, Invoices invoices) {
        this.sales = sales;
        this.quotations = quotations;
        this.invoices = invoices;
    }

    @Override
    public Map<String, Long> count(UUID tenantId, UUID clientId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("sales", sales.countFor(tenantId, clientId));
        counts.put("quotations", quotations.countFor(tenantId, clientId));
        counts.put("invoices", invoices.countFor(tenantId, clientId));
        return counts;
    }
}
