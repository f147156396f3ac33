package dev.clientela.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An invoice to issue to a client, numbered by its series; a null currency, issue date or tax rate
 * is the tenant's currency, today and the tenant's rate.
 */
public record NewInvoice(
        UUID clientId,
        String currency,
        String series,
        Integer number,
        LocalDate issueDate,
        List<Line> lines,
        BigDecimal taxRate) {

    public NewInvoice {
        lines = List.copyOf(lines);
    }
}
