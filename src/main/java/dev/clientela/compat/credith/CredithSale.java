package dev.clientela.compat.credith;

import dev.clientela.compat.Refusal;
import dev.clientela.money.Money;
import dev.clientela.web.ErrorCode;
import dev.clientela.web.JsonNodes;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Credith's own bill body: {@code paymentType}, {@code details[]} of products, {@code customer},
 * {@code paymentData} and the ids of its company, CAI range, cashier and store. The products become
 * sale lines; each detail's {@code discountPercentage} and the bill's {@code discountAmount} together
 * are the canonical discount; {@code paymentData.payment} is the down payment and
 * {@code interestRate} a monthly percentage. Ids the registry does not interpret are kept with the
 * bill as references. Unknown members are ignored, as Credith ignored them.
 *
 * <p>Amounts are read exactly; a detail's {@code total}, when sent, must be its quantity times its
 * price less its discount to the cent (Credith compared floating-point numbers).
 */
final class CredithSale {

    private static final Pattern UUID_TEXT =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final List<String> BILL_REFERENCES =
            List.of("companyId", "caiRangeId", "userId", "storeId", "limitDate");
    private static final List<String> BILL_AMOUNTS = List.of("discountPercentage", "exonerated", "exempt");
    private static final List<String> CUSTOMER_REFERENCES = List.of("customerName", "customerPhone", "customerAddress");

    private CredithSale() {}

    /** Whether the body is Credith's own shape rather than the profile's earlier {@code lines} shape. */
    static boolean isCredithShape(ObjectNode bill) {
        return bill.has("details") || bill.has("paymentData");
    }

    /** The canonical bill, and what Credith's answer repeats of the request. */
    static Read read(ObjectNode bill) {
        String type = paymentType(bill.get("paymentType"));
        ObjectNode canonical = JsonNodes.object();
        canonical.put("payment_type", type);
        canonical.put("tax_rate", CredithBillJson.ISV);
        canonical.put("installment_rounding", "NEAREST"); // Credith rounded each month to the nearest cent
        Map<String, String> references = new LinkedHashMap<>();
        for (String field : BILL_REFERENCES) {
            text(bill, field, references, field);
        }
        for (String field : BILL_AMOUNTS) {
            BigDecimal amount = CredithAmounts.optional(bill.get(field), label(field));
            if (amount != null) {
                references.put(field, amount.toPlainString());
            }
        }
        ArrayNode details = JsonNodeFactory.instance.arrayNode();
        ArrayNode lines = canonical.putArray("lines");
        BigDecimal lineDiscounts = lines(bill.get("details"), details, lines, references);
        BigDecimal billDiscount = CredithAmounts.optional(bill.get("discountAmount"), "El descuento");
        BigDecimal discount = lineDiscounts.add(billDiscount == null ? BigDecimal.ZERO : billDiscount);
        canonical.put("discount", Money.exact(discount));
        JsonNode customer = bill.get("customer");
        if (customer != null && !customer.isNull()) {
            if (!(customer instanceof ObjectNode c)) {
                throw refusal("El cliente de la factura debe ser un objeto");
            }
            JsonNode clientId = c.get("clientId");
            if (clientId != null && !clientId.isNull()) {
                canonical.set("client_id", clientId);
            }
            for (String field : CUSTOMER_REFERENCES) {
                text(c, field, references, field);
            }
        }
        paymentData(bill.get("paymentData"), type, canonical);
        ObjectNode refs = canonical.putObject("references");
        references.forEach(refs::put);
        return new Read(canonical, details, Money.exact(lineDiscounts), Money.orZero(billDiscount), references);
    }

    private static String paymentType(JsonNode type) {
        if (type != null && type.isString() && List.of("CASH", "INSTALLMENT").contains(type.stringValue())) {
            return type.stringValue();
        }
        String shown =
                type == null || type.isNull() ? "undefined" : type.isString() ? type.stringValue() : type.toString();
        throw refusal("El tipo de pago [" + shown + "] es invalido");
    }

    /** Each detail becomes a line; answers the sum of the details' discounts. */
    private static BigDecimal lines(
            JsonNode items, ArrayNode details, ArrayNode lines, Map<String, String> references) {
        if (items == null || !items.isArray() || items.isEmpty()) {
            throw refusal("Los detalles de la factura son requeridos");
        }
        if (items.size() > 500) {
            throw refusal("La factura no puede tener mas de 500 detalles");
        }
        BigDecimal discounts = BigDecimal.ZERO;
        int n = 0;
        for (JsonNode item : items) {
            n++;
            if (!(item instanceof ObjectNode detail)) {
                throw refusal("El detalle " + n + " de la factura debe ser un objeto");
            }
            JsonNode productId = detail.get("productId");
            if (productId != null && !productId.isNull()) {
                if (!productId.isString()
                        || !UUID_TEXT.matcher(productId.stringValue()).matches()) {
                    throw refusal("ID del producto " + n + " es inválido. Recarga el catálogo e intenta de nuevo.");
                }
                references.put("details." + n + ".productId", productId.stringValue());
            }
            JsonNode name = detail.get("productName");
            if (name == null || !name.isString() || name.stringValue().isBlank()) {
                throw refusal("El nombre del producto " + n + " es requerido");
            }
            BigDecimal quantity = CredithAmounts.required(detail.get("quantity"), "La cantidad del producto " + n, 3);
            if (quantity.signum() == 0) {
                throw refusal("La cantidad del producto " + n + " debe ser mayor a cero");
            }
            BigDecimal price = CredithAmounts.required(detail.get("sellPrice"), "El precio del producto " + n, 2);
            BigDecimal percentage = CredithAmounts.optional(
                    detail.get("discountPercentage"), "El porcentaje de descuento del producto " + n);
            if (percentage != null && percentage.compareTo(HUNDRED) > 0) {
                throw refusal("El porcentaje de descuento del producto " + n + " no puede ser mayor a 100");
            }
            BigDecimal subtotal = Money.cents(quantity.multiply(price));
            BigDecimal discount = percentage == null
                    ? Money.ZERO
                    : Money.cents(subtotal.multiply(percentage).divide(HUNDRED));
            BigDecimal total = subtotal.subtract(discount);
            JsonNode sent = detail.get("total");
            if (sent != null
                    && !sent.isNull()
                    && (!sent.isNumber() || sent.decimalValue().compareTo(total) != 0)) {
                throw refusal("Total [" + total.toPlainString() + "] del producto #" + n + " es invalido");
            }
            ObjectNode line = lines.addObject();
            line.put("description", name.stringValue().strip());
            line.put("quantity", quantity);
            line.put("unit_price", price);
            ObjectNode echoed = details.addObject();
            echoed.set("productId", productId == null ? null : productId);
            echoed.put("productName", name.stringValue().strip());
            echoed.put("quantity", quantity);
            echoed.put("sellPrice", Money.exact(price));
            echoed.put("discountPercentage", percentage == null ? BigDecimal.ZERO : percentage);
            echoed.put("discountAmount", discount);
            echoed.put("total", total);
            discounts = discounts.add(discount);
        }
        return discounts;
    }

    private static void paymentData(JsonNode data, String type, ObjectNode canonical) {
        if (data == null || data.isNull()) {
            if (type.equals("INSTALLMENT")) {
                throw refusal("Los datos del pago (paymentData) son requeridos");
            }
            return;
        }
        if (!(data instanceof ObjectNode payment)) {
            throw refusal("Los datos del pago (paymentData) deben ser un objeto");
        }
        BigDecimal down = CredithAmounts.optional(payment.get("payment"), "El pago inicial");
        if (type.equals("CASH")) {
            return; // a cash bill is paid in full at the till
        }
        canonical.put("down_payment", down == null ? BigDecimal.ZERO : down);
        JsonNode months = payment.get("monthsToPay");
        if (months == null || months.isNull() || !months.isNumber() || !months.canConvertToExactIntegral()) {
            throw refusal("El numero de meses (monthsToPay) debe ser un numero entero");
        }
        canonical.put("months", months.bigIntegerValue().signum() < 0 ? BigDecimal.ZERO : months.decimalValue());
        JsonNode day = payment.get("paymentDay");
        if (day != null && !day.isNull()) {
            canonical.set("payment_day", day);
        }
        JsonNode start = payment.get("startingDate");
        if (start != null && !start.isNull()) {
            if (start.isString()) {
                canonical.put("starting_date", day(start.stringValue()));
            } else {
                canonical.set("starting_date", start);
            }
        }
        BigDecimal rate = CredithAmounts.optional(payment.get("interestRate"), "La tasa de interes");
        if (rate != null) {
            if (rate.compareTo(HUNDRED) > 0) {
                throw refusal("La tasa de interes no puede ser mayor a 100");
            }
            canonical.put("monthly_interest_rate", rate.divide(HUNDRED));
        }
    }

    /** Credith's front end sends a date, or a time whose date is meant. */
    private static String day(String text) {
        return text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text;
    }

    private static void text(ObjectNode from, String field, Map<String, String> references, String key) {
        JsonNode value = from.get(field);
        if (value == null || value.isNull()) {
            return;
        }
        if (!value.isString() && !value.isNumber()) {
            throw refusal("El campo " + field + " debe ser un texto");
        }
        String text = value.isString() ? value.stringValue() : value.asString();
        if (text.length() > 200) {
            throw refusal("El campo " + field + " no puede tener mas de 200 caracteres");
        }
        if (!text.isBlank()) {
            references.put(key, text);
        }
    }

    private static String label(String field) {
        return switch (field) {
            case "discountPercentage" -> "El porcentaje de descuento";
            case "exonerated" -> "El importe exonerado";
            default -> "El importe exento";
        };
    }

    static Refusal refusal(String message) {
        return new Refusal(ErrorCode.VALIDATION_ERROR, message);
    }

    /**
     * The canonical bill; the details as Credith answers them; the details' discounts and the bill's
     * own; and the references kept.
     */
    record Read(
            ObjectNode canonical,
            ArrayNode details,
            BigDecimal lineDiscounts,
            BigDecimal billDiscount,
            Map<String, String> references) {}
}
