package dev.clientela.sales;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A sale; cancelling it marks it and keeps it. */
public record Sale(
        UUID id,
        UUID clientId,
        String currency,
        List<Line> lines,
        BigDecimal subtotal,
        BigDecimal discount,
        BigDecimal total,
        String notes,
        UUID quotationId,
        Instant cancelledAt,
        Instant createdAt) {

    @JsonProperty("cancelled")
    public boolean cancelled() {
        return cancelledAt != null;
    }
}
