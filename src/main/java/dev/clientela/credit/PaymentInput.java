package dev.clientela.credit;

import dev.clientela.money.Money;
import dev.clientela.web.JsonInput;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reads a payment or a reschedule of a plan from JSON, strictly, every field error at once. */
final class PaymentInput {

    private static final Set<String> FIELDS = Set.of("amount", "paid_at", "from_installment");

    private PaymentInput() {}

    /** {@code {amount, from_installment?, paid_at?}}: from the first installment, paid {@code now}, unless told. */
    static PaymentOrder payment(JsonNode body, Instant now) {
        JsonInput in = JsonInput.of(body, FIELDS, Set.of("id"));
        BigDecimal amount = in.decimal("amount", new BigDecimal("0.01"), Money.MAX, 2);
        if (amount == null && (!in.has("amount") || in.isNull("amount"))) {
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

    /** {@code {months}}, as the canonical API sends it. */
    static int months(JsonNode body) {
        JsonInput in = JsonInput.of(body, Set.of("months"), Set.of("id"));
        Integer months = in.integer("months", 1, 120);
        if (months == null && (!in.has("months") || body.get("months").isNull())) {
            in.reject("months", "required", "is required"); // absent or null alike: a plan needs its months
        }
        in.throwIfInvalid();
        return months;
    }
}
