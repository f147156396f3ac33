package dev.clientela.credit;

import dev.clientela.sales.Line;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A bill paid in cash or in installments. */
public record Bill(
        UUID id,
        UUID clientId,
        String paymentType,
        String currency,
        List<Line> lines,
        BigDecimal subtotal,
        BigDecimal discount,
        BigDecimal taxRate,
        BigDecimal tax,
        BigDecimal total,
        BigDecimal downPayment,
        Instant createdAt) {}
