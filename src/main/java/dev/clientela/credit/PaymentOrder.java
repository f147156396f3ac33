package dev.clientela.credit;

import dev.clientela.sales.Lines;
import dev.clientela.web.JsonInput;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** A payment as asked for: how much, from which installment on, and when it was paid. */
public record PaymentOrder(BigDecimal amount, int fromInstallment, Instant paidAt) {

    private static final Set<String> FIELDS = Set.of("amount", "paid_at", "from_installment");

    public PaymentOrder {
        if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2 || fromInstallment < 1) {
            throw new IllegalArgumentException("A payment is a positive amount of cents from installment 1 on");
        }
        amount = amount.setScale(2);
    }

    /** {@code {amount, from_installment?, paid_at?}}: from the first installment, paid {@code now}, unless told. */
    static PaymentOrder read(JsonNode body, Instant now) {
        JsonInput in = JsonInput.of(body, FIELDS, Set.of("id"));
        BigDecimal amount = in.decimal("amount", new BigDecimal("0.01"), Lines.MAX_AMOUNT, 2);
        if (amount == null && (!in.has("amount") || body.path("amount").isNull())) {
            in.reject("amount", "required", "is required");
        }
        Integer from = in.integer("from_installment", 1, 1000);
        Instant paidAt = paidAt(in, now);
        in.throwIfInvalid();
        return new PaymentOrder(amount, from == null ? 1 : from, paidAt);
    }

    private static Instant paidAt(JsonInput in, Instant now) {
        String text = in.string("paid_at", 40);
        if (text == null) {
            return now;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            in.reject("paid_at", "invalid_format", "must be an ISO-8601 time such as 2026-01-31T10:00:00Z");
            return null;
        }
    }
}
