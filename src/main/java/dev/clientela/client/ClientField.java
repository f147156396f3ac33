package dev.clientela.client;

import dev.clientela.web.FieldError;
import dev.clientela.web.TextRules;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A client's fields by their canonical path, in the order a client is read and its problems are
 * listed, each with the longest text it may hold and the checks of its value. {@code DOCUMENT}, {@code ADDRESS} and
 * {@code METADATA} are the objects whose members merge in a patch.
 */
public enum ClientField {
    NAME("name", 200),
    LEGAL_NAME("legal_name", 255),
    TRADE_NAME("trade_name", 255),
    DOCUMENT("document", 0),
    DOCUMENT_COUNTRY("document.country", 2),
    DOCUMENT_TYPE("document.type", 30),
    DOCUMENT_NUMBER("document.number", 40),
    DOCUMENT_TYPED("document.typed", 40),
    TAX_ID("tax_id", 60),
    EMAIL("email", 254),
    PHONE("phone", 40),
    MOBILE("mobile", 40),
    ADDRESS("address", 0),
    UBIGEO("address.ubigeo", 6),
    LINE("address.line", 255),
    STREET("address.street", 200),
    DOOR_NUMBER("address.door_number", 20),
    APARTMENT("address.apartment", 20),
    CORNER("address.corner", 200),
    DISTRICT("address.district", 100),
    CITY("address.city", 100),
    PROVINCE("address.province", 100),
    DEPARTMENT("address.department", 100),
    POSTAL_CODE("address.postal_code", 20),
    ADDRESS_COUNTRY("address.country", 2),
    LATITUDE("address.latitude", 0),
    LONGITUDE("address.longitude", 0),
    NOTES("notes", 1000),
    IMAGE_URL("image_url", 500),
    EXTERNAL_CODE("external_code", 120),
    STATUS("status", 0),
    METADATA("metadata", 0),
    KIND("kind", 0),
    CREDIT_LIMIT("credit_limit", 0);

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern EMAIL_ADDRESS =
            Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final Pattern PERU_UBIGEO = Pattern.compile("(0[1-9]|1[0-9]|2[0-5])\\d{4}");

    private final String path;
    private final int max;

    ClientField(String path, int max) {
        this.path = path;
        this.max = max;
    }

    public String path() {
        return path;
    }

    /** The member's name within its object: {@code ubigeo} for {@code address.ubigeo}. */
    public String member() {
        return path.substring(path.indexOf('.') + 1);
    }

    /** The most characters the field's text may have. */
    public int max() {
        return max;
    }

    /**
     * What is wrong with this trimmed, non-blank text as the field's value: control characters, a
     * length over {@link #max}, or for a country, an email, a URL or a ubigeo, not being one; null
     * when nothing is.
     */
    FieldError problem(String text) {
        if (!TextRules.isClean(text)) {
            return new FieldError(path, "invalid_characters", "must not contain control characters or broken Unicode");
        }
        if (text.codePointCount(0, text.length()) > max) {
            return new FieldError(path, "too_long", "must be at most " + max + " characters");
        }
        if ((this == DOCUMENT_COUNTRY || this == ADDRESS_COUNTRY)
                && !COUNTRIES.contains(text.toUpperCase(Locale.ROOT))) {
            return new FieldError(path, "invalid_value", "must be an ISO 3166-1 alpha-2 country code");
        }
        String format = switch (this) {
            case EMAIL -> EMAIL_ADDRESS.matcher(text).matches() ? null : "must be an email address";
            case IMAGE_URL -> isWebUrl(text) ? null : "must be an absolute http or https URL";
            case UBIGEO ->
                PERU_UBIGEO.matcher(text).matches() ? null : "must be 6 digits, starting with a department 01 to 25";
            default -> null;
        };
        return format == null ? null : new FieldError(path, "invalid_format", format);
    }

    /** The value as stored: countries and document types upper-cased. */
    String normalised(String text) {
        return this == DOCUMENT_COUNTRY || this == ADDRESS_COUNTRY || this == DOCUMENT_TYPE
                ? text.toUpperCase(Locale.ROOT)
                : text;
    }

    private static boolean isWebUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    ClientField parent() {
        return switch (path.substring(0, Math.max(0, path.indexOf('.')))) {
            case "document" -> DOCUMENT;
            case "address" -> ADDRESS;
            default -> null;
        };
    }

    /** Where a problem at {@code path} is listed: by its field, a member of an object by the object. */
    static int rank(String path) {
        ClientField owner = null;
        for (ClientField field : values()) {
            if (field.path.equals(path)) {
                return field.ordinal();
            }
            if (path.startsWith(field.path + ".")) {
                owner = field;
            }
        }
        return owner == null ? -1 : owner.ordinal();
    }
}
