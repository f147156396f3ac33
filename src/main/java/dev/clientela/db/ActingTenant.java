package dev.clientela.db;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * The tenant that work outside any request (the webhook dispatcher) acts for on this thread, so that
 * row-level security binds it as it binds a request.
 */
public final class ActingTenant {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private ActingTenant() {}

    public static <T> T as(UUID tenantId, Supplier<T> work) {
        String before = CURRENT.get();
        CURRENT.set(tenantId.toString());
        try {
            return work.get();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    static String current() {
        return CURRENT.get();
    }
}
