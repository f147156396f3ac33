package dev.clientela.compat.credith;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Credith's list parameters: {@code limit} (10 when absent, 0, negative or not a number; at most
 * 500), {@code offset} (0 when absent or not a number) and an exact {@code dni}; ordered by name.
 */
record CredithListing(int limit, int offset, String dni) {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 500;
    static final int MAX_OFFSET = 100_000;

    static CredithListing read(Map<String, String> params) {
        int limit = number(params.get("limit"), DEFAULT_LIMIT);
        int offset = number(params.get("offset"), 0);
        String dni = params.get("dni");
        return new CredithListing(
                limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT),
                Math.max(0, Math.min(offset, MAX_OFFSET)),
                dni == null || dni.isBlank() ? null : dni.strip());
    }

    /** A dni longer than any Credith stored is held by no client. */
    boolean matchesNothing() {
        return dni != null && dni.length() > CredithFields.MAX_DNI_OR_PHONE;
    }

    Map<String, Object> empty() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", 0);
        body.put("data", List.of());
        return body;
    }

    Map<String, String> canonical() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("sort", "name");
        params.put("limit", Integer.toString(limit));
        params.put("offset", Integer.toString(offset));
        params.put("include", "total");
        if (dni != null) {
            params.put("document_number", dni);
        }
        return params;
    }

    private static int number(String text, int otherwise) {
        if (text == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
