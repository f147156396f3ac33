package dev.clientela.sales;

import java.math.BigDecimal;

/** One line of a sale, quotation, invoice or bill; its total is computed, never taken from a request. */
public record Line(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal total) {}
