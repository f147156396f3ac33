package dev.clientela.sales;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An offer to make to a client, valid until a date; currency null is the tenant's. */
public record NewQuotation(UUID clientId, String currency, List<Line> lines, LocalDate validUntil, String notes) {

    public NewQuotation {
        lines = List.copyOf(lines);
    }
}
