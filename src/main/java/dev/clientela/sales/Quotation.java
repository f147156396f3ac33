package dev.clientela.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An offer to a client, valid until a date; accepting it can make the sale. */
public record Quotation(
        UUID id,
        UUID clientId,
        String currency,
        List<Line> lines,
        BigDecimal total,
        LocalDate validUntil,
        QuotationStatus storedStatus,
        UUID saleId,
        String notes,
        Instant decidedAt,
        Instant createdAt) {

    /** PENDING, ACCEPTED, REJECTED, or EXPIRED when read after its date while still pending. */
    public QuotationStatus status(LocalDate today) {
        return storedStatus == QuotationStatus.PENDING && validUntil.isBefore(today)
                ? QuotationStatus.EXPIRED
                : storedStatus;
    }
}
