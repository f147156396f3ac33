package dev.clientela.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An issued invoice, with the client as it was on the day it was issued. */
public record Invoice(
        UUID id,
        UUID clientId,
        String series,
        long number,
        LocalDate issueDate,
        String currency,
        List<Line> lines,
        BigDecimal subtotal,
        BigDecimal taxRate,
        BigDecimal tax,
        BigDecimal total,
        Map<String, Object> client,
        Instant createdAt) {}
