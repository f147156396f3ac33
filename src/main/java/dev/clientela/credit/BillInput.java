package dev.clientela.credit;

import dev.clientela.money.Money;
import dev.clientela.sales.Currencies;
import dev.clientela.sales.Line;
import dev.clientela.sales.Lines;
import dev.clientela.web.JsonInput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Reads a bill from JSON, strictly, every field error at once. */
public final class BillInput {

    private static final Set<String> FIELDS = Set.of(
            "payment_type",
            "client_id",
            "currency",
            "lines",
            "discount",
            "tax_rate",
            "down_payment",
            "months",
            "payment_day",
            "starting_date",
            "monthly_interest_rate",
            "installment_rounding",
            "references");

    private BillInput() {}

    /** Reads the request; a plan without {@code starting_date} starts {@code today}. */
    public static NewBill read(JsonNode body, LocalDate today) {
        JsonInput in = JsonInput.of(body, FIELDS, Set.of("id", "total", "payment_plan"));
        NewBill.PaymentType type = in.choice("payment_type", NewBill.PaymentType.class);
        if (type == null && !in.has("payment_type")) {
            in.reject("payment_type", "required", "is required");
        }
        UUID clientId = uuid(in, "client_id");
        if (type == NewBill.PaymentType.INSTALLMENT && clientId == null && in.valid()) {
            in.reject("client_id", "required", "is required for an INSTALLMENT bill");
        }
        String currency = in.string("currency", 3);
        if (currency != null && !Currencies.isKnown(currency)) {
            in.reject("currency", "invalid_value", "must be an ISO 4217 currency code");
        }
        List<Line> lines = Lines.read(in, "lines");
        BigDecimal discount = in.decimal("discount", BigDecimal.ZERO, Money.MAX, 2);
        BigDecimal taxRate = in.decimal("tax_rate", BigDecimal.ZERO, BigDecimal.ONE, 4);
        BigDecimal downPayment = in.decimal("down_payment", BigDecimal.ZERO, Money.MAX, 2);
        Integer months = in.integer("months", 0, 120);
        if (type == NewBill.PaymentType.INSTALLMENT && months == null && !in.has("months")) {
            in.reject("months", "required", "is required for an INSTALLMENT bill");
        }
        LocalDate startingDate = in.date("starting_date");
        Integer paymentDay = in.integer("payment_day", 1, 31);
        BigDecimal interestRate = in.decimal("monthly_interest_rate", BigDecimal.ZERO, BigDecimal.ONE, 4);
        NewBill.InstallmentRounding rounding = in.choice("installment_rounding", NewBill.InstallmentRounding.class);
        Map<String, String> references = references(in);
        in.throwIfInvalid();
        LocalDate start = startingDate != null ? startingDate : today;
        return new NewBill(
                type.name(),
                clientId,
                currency == null ? null : currency.toUpperCase(java.util.Locale.ROOT),
                lines,
                Money.orZero(discount),
                taxRate,
                Money.orZero(downPayment),
                months == null ? 0 : months,
                paymentDay != null ? paymentDay : start.getDayOfMonth(),
                start,
                interestRate == null ? BigDecimal.ZERO.setScale(4) : interestRate.setScale(4),
                rounding == NewBill.InstallmentRounding.NEAREST ? RoundingMode.HALF_UP : RoundingMode.DOWN,
                references == null ? Map.of() : references);
    }

    /**
     * Up to 600 ids of the source system (a bill of 500 products has an id for each), as strings:
     * keys of 1 to 60 characters, values up to 200.
     */
    private static Map<String, String> references(JsonInput in) {
        Map<String, String> references = in.stringMap("references");
        if (references == null) {
            return null;
        }
        if (references.size() > 600) {
            in.reject("references", "too_many", "may hold at most 600 references");
        }
        Map<String, String> kept = new LinkedHashMap<>();
        references.forEach((key, value) -> {
            if (key.isEmpty() || key.length() > 60) {
                in.reject("references", "invalid_key", "keys must be 1 to 60 characters");
            } else if (value != null && value.length() > 200) {
                in.reject("references." + key, "too_long", "must be at most 200 characters");
            } else if (value != null) {
                kept.put(key, value);
            }
        });
        return kept;
    }

    private static UUID uuid(JsonInput in, String field) {
        String text = in.string(field, 36);
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            in.reject(field, "invalid_format", "must be a client id");
            return null;
        }
    }
}
