package dev.clientela.sales;

import dev.clientela.money.Money;
import dev.clientela.web.JsonInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Reads sales, quotations and invoices from JSON, strictly, every field error at once. */
final class SalesInput {

    private static final Set<String> SALE = Set.of("client_id", "currency", "lines", "discount", "notes");
    private static final Set<String> QUOTATION = Set.of("client_id", "currency", "lines", "valid_until", "notes");
    private static final Set<String> INVOICE =
            Set.of("client_id", "currency", "series", "number", "issue_date", "lines", "tax_rate");
    private static final Set<String> READ_ONLY = Set.of("id", "total", "subtotal", "tax", "status", "created_at");

    private SalesInput() {}

    static NewSale sale(JsonNode body) {
        JsonInput in = JsonInput.of(body, SALE, READ_ONLY);
        UUID clientId = clientId(in, false);
        String currency = currency(in);
        var lines = Lines.read(in, "lines");
        BigDecimal discount = in.decimal("discount", BigDecimal.ZERO, Money.MAX, 2);
        String notes = in.string("notes", 1000);
        in.throwIfInvalid();
        return new NewSale(clientId, currency, lines, discount, notes);
    }

    static NewQuotation quotation(JsonNode body) {
        JsonInput in = JsonInput.of(body, QUOTATION, READ_ONLY);
        UUID clientId = clientId(in, true);
        String currency = currency(in);
        var lines = Lines.read(in, "lines");
        LocalDate validUntil = in.date("valid_until");
        if (validUntil == null && !in.has("valid_until")) {
            in.reject("valid_until", "required", "is required");
        }
        String notes = in.string("notes", 1000);
        in.throwIfInvalid();
        return new NewQuotation(clientId, currency, lines, validUntil, notes);
    }

    static NewInvoice invoice(JsonNode body) {
        JsonInput in = JsonInput.of(body, INVOICE, READ_ONLY);
        UUID clientId = clientId(in, true);
        String currency = currency(in);
        String series = in.requiredString("series", 20);
        Integer number = in.integer("number", 1, Integer.MAX_VALUE);
        if (number == null && !in.has("number")) {
            in.reject("number", "required", "is required");
        }
        LocalDate issueDate = in.date("issue_date");
        var lines = Lines.read(in, "lines");
        BigDecimal taxRate = in.decimal("tax_rate", BigDecimal.ZERO, BigDecimal.ONE, 4);
        in.throwIfInvalid();
        return new NewInvoice(clientId, currency, series, number, issueDate, lines, taxRate);
    }

    private static UUID clientId(JsonInput in, boolean required) {
        String text = in.string("client_id", 36);
        if (text == null) {
            if (required && !in.has("client_id")) {
                in.reject("client_id", "required", "is required");
            }
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            in.reject("client_id", "invalid_format", "must be a client id");
            return null;
        }
    }

    /** The currency asked for; null when none was, for the tenant's. */
    private static String currency(JsonInput in) {
        String currency = in.string("currency", 3);
        if (currency != null && !Currencies.isKnown(currency)) {
            in.reject("currency", "invalid_value", "must be an ISO 4217 currency code");
        }
        return currency;
    }
}
