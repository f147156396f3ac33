package dev.clientela.sales;

import dev.clientela.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A sale to make: to a client or to nobody in particular, in a currency (null: the tenant's). */
public record NewSale(UUID clientId, String currency, List<Line> lines, BigDecimal discount, String notes) {

    public NewSale {
        lines = List.copyOf(lines);
        discount = Money.orZero(discount);
    }
}
