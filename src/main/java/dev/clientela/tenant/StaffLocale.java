package dev.clientela.tenant;

import java.util.Locale;

/** The languages the console speaks; Spanish unless the user chose English. */
public enum StaffLocale {
    ES,
    EN;

    public Locale locale() {
        return Locale.forLanguageTag(name().toLowerCase(Locale.ROOT));
    }

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
