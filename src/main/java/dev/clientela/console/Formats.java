package dev.clientela.console;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates, times, money and numbers as the signed-in user's language writes them. */
@Component("fmt")
class Formats {

    public String date(LocalDate date) {
        return date == null
                ? ""
                : date.format(
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()));
    }

    /** Times are shown in UTC, and say so: a tenant has no time zone of its own yet. */
    public String time(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                                .withLocale(locale())
                                .withZone(ZoneOffset.UTC)
                                .format(instant)
                        + " UTC";
    }

    public String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return (currency == null ? "" : currency + " ") + format.format(amount);
    }

    /** A score of 0..1 as a whole percentage. */
    public String percent(BigDecimal score) {
        return score == null ? "" : NumberFormat.getPercentInstance(locale()).format(score);
    }

    public String number(long n) {
        return NumberFormat.getIntegerInstance(locale()).format(n);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
