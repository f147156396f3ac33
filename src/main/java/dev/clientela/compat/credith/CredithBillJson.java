package dev.clientela.compat.credith;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.JsonNodes;
import java.math.BigDecimal;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Credith's bill: {@code paymentType} (CASH or INSTALLMENT), {@code customer.clientId}, {@code lines}
 * of {@code description, quantity, unitPrice}, {@code discount}, and for installments
 * {@code downPayment, months, paymentDay, startingDate}. Honduras' ISV of 15% is always applied.
 */
final class CredithBillJson {

    static final BigDecimal ISV = new BigDecimal("0.15");

    private static final Map<String, String> TERMS = Map.of(
            "paymentType", "payment_type",
            "currency", "currency",
            "discount", "discount",
            "downPayment", "down_payment",
            "months", "months",
            "paymentDay", "payment_day",
            "startingDate", "starting_date");
    private static final Map<String, String> LINE =
            Map.of("description", "description", "quantity", "quantity", "unitPrice", "unit_price");

    private CredithBillJson() {}

    static ObjectNode canonical(JsonNode body) {
        if (!(body instanceof ObjectNode bill)) {
            throw ApiProblem.invalid("", "invalid_type", "The body must be a JSON object");
        }
        ObjectNode canonical = JsonNodes.object();
        TERMS.forEach((field, name) -> {
            if (bill.has(field) && !bill.get(field).isNull()) {
                canonical.set(name, bill.get(field));
            }
        });
        canonical.put("tax_rate", ISV);
        JsonNode months = canonical.get("months");
        if (months != null
                && months.isIntegralNumber()
                && months.bigIntegerValue().signum() < 0) {
            canonical.put("months", 0); // Credith: no months left to pay means paid at once
        }
        JsonNode customer = bill.get("customer");
        if (customer != null && !customer.isNull()) {
            if (!customer.isObject()) {
                throw ApiProblem.invalid("customer", "invalid_type", "must be an object");
            }
            JsonNode clientId = customer.get("clientId");
            if (clientId != null && !clientId.isNull()) {
                canonical.set("client_id", clientId);
            }
        }
        if (bill.has("lines")) {
            canonical.set("lines", lines(bill.get("lines")));
        }
        return canonical;
    }

    private static JsonNode lines(JsonNode lines) {
        if (!lines.isArray()) {
            return lines;
        }
        ArrayNode canonical = JsonNodeFactory.instance.arrayNode();
        for (JsonNode line : lines) {
            if (line instanceof ObjectNode object) {
                ObjectNode renamed = canonical.addObject();
                LINE.forEach((field, name) -> {
                    if (object.has(field)) {
                        renamed.set(name, object.get(field));
                    }
                });
            } else {
                canonical.add(line);
            }
        }
        return canonical;
    }
}
