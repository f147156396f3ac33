package dev.clientela.sales;

import dev.clientela.money.Money;
import dev.clientela.web.JsonInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reading lines from a request and adding them up, in exact decimals rounded to cents. */
public final class Lines {

    private static final Set<String> FIELDS = Set.of("description", "quantity", "unit_price");
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000");

    private Lines() {}

    /** The lines under {@code field}: 1 to 500 of {description, quantity, unit_price}. */
    public static List<Line> read(JsonInput in, String field) {
        if (!in.has(field) || in.isNull(field)) {
            in.reject(field, "required", "is required");
            return List.of();
        }
        List<Line> lines = new ArrayList<>();
        for (JsonInput item : in.objects(field, 1, 500, FIELDS)) {
            String description = item.requiredString("description", 500);
            BigDecimal quantity = item.decimal("quantity", new BigDecimal("0.001"), MAX_QUANTITY, 3);
            BigDecimal unitPrice = item.decimal("unit_price", BigDecimal.ZERO, Money.MAX, 2);
            if (quantity == null && !item.has("quantity")) {
                item.reject("quantity", "required", "is required");
            }
            if (unitPrice == null && !item.has("unit_price")) {
                item.reject("unit_price", "required", "is required");
            }
            if (description != null && quantity != null && unitPrice != null) {
                BigDecimal total = cents(quantity.multiply(unitPrice));
                if (!Money.fits(total)) {
                    item.reject("quantity", "out_of_range", "makes the line total too large");
                } else {
                    lines.add(new Line(description, quantity, cents(unitPrice), total));
                }
            }
        }
        return lines;
    }

    public static BigDecimal sum(List<Line> lines) {
        return lines.stream().map(Line::total).reduce(Money.ZERO, BigDecimal::add);
    }

    public static BigDecimal cents(BigDecimal amount) {
        return Money.cents(amount);
    }
}
