package dev.clientela.compat;

import dev.clientela.client.ClientQuery;
import dev.clientela.client.ClientStatus;
import java.util.HashMap;
import java.util.Map;

/**
 * A profile's list parameters as the canonical listing's. The seed systems read a page size or an
 * offset leniently, a value that is not a whole number being the default, so each profile names
 * its defaults and bounds and gets the one {@link ClientQuery} every listing reads.
 */
public final class ListParameters {

    private final Map<String, String> canonical = new HashMap<>();

    private ListParameters() {}

    /** A listing in this canonical order ({@code name}, {@code -created_at}); null for the default. */
    public static ListParameters sortedBy(String sort) {
        return new ListParameters().with("sort", sort);
    }

    /** A search, when the text says anything. */
    public ListParameters search(String text) {
        return with("q", text == null || text.isBlank() ? null : text);
    }

    public ListParameters page(long limit, long offset) {
        return limit(limit).with("offset", String.valueOf(offset));
    }

    public ListParameters limit(long limit) {
        return with("limit", String.valueOf(limit));
    }

    /** The page after the one that gave this cursor; null for the first. */
    public ListParameters after(String cursor) {
        return with("cursor", cursor);
    }

    /** Clients with this document; a part left null is any. */
    public ListParameters document(String country, String type, String number) {
        return with("document_country", country).with("document_type", type).with("document_number", number);
    }

    public ListParameters status(ClientStatus status) {
        return with("status", status.name());
    }

    public ListParameters withTotal() {
        return with("include", "total");
    }

    private ListParameters with(String name, String value) {
        if (value != null) {
            canonical.put(name, value);
        }
        return this;
    }

    public ClientQuery query() {
        return ClientQuery.read(canonical);
    }

    /** A whole number as the seed systems read one: {@code otherwise} when absent or not a number. */
    public static int number(String text, int otherwise) {
        try {
            return text == null ? otherwise : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** A page size as the seed systems read one: {@code otherwise} unless a number from 1, at most {@code max}. */
    public static int limit(String text, int otherwise, int max) {
        int limit = number(text, otherwise);
        return limit <= 0 ? otherwise : Math.min(limit, max);
    }
}
