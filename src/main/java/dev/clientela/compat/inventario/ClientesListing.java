package dev.clientela.compat.inventario;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The app's list parameters: {@code busqueda} (or {@code q}) and {@code limite}: 200 when absent,
 * zero, negative or not a number, and at most 500. Newest first.
 */
final class ClientesListing {

    static final int DEFAULT_LIMIT = 200;
    static final int MAX_LIMIT = 500;

    private ClientesListing() {}

    static Map<String, String> canonical(Map<String, String> params) {
        Map<String, String> canonical = new LinkedHashMap<>();
        String search = params.containsKey("busqueda") ? params.get("busqueda") : params.get("q");
        if (search != null && !search.isBlank()) {
            canonical.put("q", search);
        }
        canonical.put("sort", "-created_at");
        canonical.put("limit", Integer.toString(limit(params.get("limite"))));
        return canonical;
    }

    private static int limit(String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text.strip());
            return limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
        } catch (NumberFormatException e) {
            return DEFAULT_LIMIT;
        }
    }
}
