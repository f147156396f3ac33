package dev.clientela.tenant;

import java.io.Serializable;
import java.util.UUID;

/**
 * Who is calling: the API key that authenticated the request, or the staff user signed in to the
 * console; its tenant and its role, and the key's own request budget per period when it has one.
 * A console session keeps it, so it is serializable.
 */
public record Caller(UUID tenantId, UUID keyId, Role role, boolean platform, Integer rateLimit, UUID userId)
        implements Serializable {

    public Caller(UUID tenantId, UUID keyId, Role role, boolean platform, Integer rateLimit) {
        this(tenantId, keyId, role, platform, rateLimit, null);
    }

    public Caller(UUID tenantId, UUID keyId, Role role, boolean platform) {
        this(tenantId, keyId, role, platform, null, null);
    }

    /** A staff user of the console, acting for its own tenant. */
    static Caller staff(UUID tenantId, UUID userId, Role role) {
        return new Caller(tenantId, null, role, false, null, userId);
    }
}
