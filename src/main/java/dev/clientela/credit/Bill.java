package dev.clientela.credit;

import dev.clientela.sales.Line;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A bill paid in cash or in installments; {@code references} are the ids its source system gave it
 * (company, store, cashier, products), kept but not interpreted.
 */
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
        Map<String, String> references,
        Instant createdAt) {}
