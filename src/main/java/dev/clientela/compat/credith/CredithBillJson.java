package dev.clientela.compat.credith;

import dev.clientela.credit.Bill;
import dev.clientela.credit.CreditDesk;
import dev.clientela.money.Money;
import dev.clientela.sales.Line;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.JsonNodes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Credith's bill, read in either of two shapes and answered in Credith's own. Credith's shape
 * ({@code details}, {@code paymentData}) is read by {@link CredithSale}; the profile's earlier shape,
 * still accepted for the callers written against it, is {@code paymentType} (CASH or INSTALLMENT),
 * {@code customer.clientId}, {@code lines} of {@code description, quantity, unitPrice},
 * {@code discount}, and for installments {@code downPayment, months, paymentDay, startingDate}.
 * Honduras' ISV of 15% is always applied.
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

    /** The canonical bill for either shape, and what the answer repeats of the request. */
    static CredithSale.Read read(JsonNode body) {
        if (!(body instanceof ObjectNode bill)) {
            throw ApiProblem.invalid("", "invalid_type", "The body must be a JSON object");
        }
        if (CredithSale.isCredithShape(bill)) {
            return CredithSale.read(bill);
        }
        return new CredithSale.Read(canonical(bill), null, Money.ZERO, null, Map.of());
    }

    /** Credith's answer: the bill's own fields at the top, its details, and its plan. */
    static ObjectNode answer(CreditDesk.BilledSale billed, CredithSale.Read read, LocalDate today) {
        Bill bill = billed.bill();
        Map<String, String> refs = bill.references();
        ObjectNode json = JsonNodes.object();
        json.put("message", "Factura creada correctamente");
        json.put("billId", bill.id().toString());
        json.put("paymentType", bill.paymentType());
        json.put("clientId", bill.clientId() == null ? null : bill.clientId().toString());
        for (String field : List.of(
                "customerName",
                "customerPhone",
                "customerAddress",
                "companyId",
                "caiRangeId",
                "userId",
                "storeId",
                "limitDate")) {
            json.put(field, refs.get(field));
        }
        json.put("currency", bill.currency());
        json.put("subtotal", bill.subtotal().subtract(read.lineDiscounts()));
        json.put("discountPercentage", amount(refs.get("discountPercentage")));
        json.put("discountAmount", read.billDiscount() != null ? read.billDiscount() : bill.discount());
        json.put("exonerated", amount(refs.get("exonerated")));
        json.put("exempt", amount(refs.get("exempt")));
        json.put("isv_15_amount", bill.tax());
        json.put("isv_18_amount", Money.ZERO);
        json.put("total", bill.total());
        json.put("createdAt", bill.createdAt() == null ? null : bill.createdAt().toString());
        json.set("details", read.details() != null ? read.details() : details(bill));
        json.set(
                "paymentPlan",
                billed.plan() != null ? CredithPlanJson.of(billed.plan(), today) : CredithPlanJson.ofCash(bill));
        return json;
    }

    private static ArrayNode details(Bill bill) {
        ArrayNode details = JsonNodeFactory.instance.arrayNode();
        for (Line line : bill.lines()) {
            ObjectNode detail = details.addObject();
            detail.putNull("productId");
            detail.put("productName", line.description());
            detail.put("quantity", line.quantity());
            detail.put("sellPrice", line.unitPrice());
            detail.put("discountPercentage", 0);
            detail.put("discountAmount", Money.ZERO);
            detail.put("total", line.total());
        }
        return details;
    }

    private static BigDecimal amount(String text) {
        return text == null ? BigDecimal.ZERO : new BigDecimal(text);
    }

    private static ObjectNode canonical(ObjectNode bill) {
        ObjectNode canonical = JsonNodes.object();
        TERMS.forEach((field, name) -> {
            if (bill.has(field) && !bill.get(field).isNull()) {
                canonical.set(name, bill.get(field));
            }
        });
        canonical.put("tax_rate", ISV);
        canonical.put("installment_rounding", "NEAREST");
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
