package dev.clientela.sales;

import java.util.Currency;
import java.util.Locale;
import java.util.Map;

/** The currency a tenant's records default to, and the usual sales tax of its country. */
public final class Currencies {

    private static final Map<String, String> TAX_RATES = Map.ofEntries(
            Map.entry("PE", "0.18"),
            Map.entry("CO", "0.19"),
            Map.entry("UY", "0.22"),
            Map.entry("HN", "0.15"),
            Map.entry("AR", "0.21"),
            Map.entry("CL", "0.19"),
            Map.entry("MX", "0.16"),
            Map.entry("EC", "0.15"),
            Map.entry("BR", "0.17"),
            Map.entry("GT", "0.12"),
            Map.entry("CR", "0.13"),
            Map.entry("DO", "0.18"),
            Map.entry("SV", "0.13"),
            Map.entry("PY", "0.10"),
            Map.entry("BO", "0.13"),
            Map.entry("VE", "0.16"),
            Map.entry("PA", "0.07"));

    private Currencies() {}

    /** PE → PEN, CO → COP, HN → HNL; USD where the country's currency is unknown. */
    public static String of(String country) {
        try {
            Currency currency = Currency.getInstance(Locale.of("", country));
            return currency == null ? "USD" : currency.getCurrencyCode();
        } catch (IllegalArgumentException e) {
            return "USD";
        }
    }

    public static boolean isKnown(String code) {
        try {
            Currency.getInstance(code);
            return code.length() == 3;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static java.math.BigDecimal taxRate(String country) {
        return new java.math.BigDecimal(TAX_RATES.getOrDefault(country, "0"));
    }
}
