package dev.clientela.tenant;

import java.util.UUID;

/**
 * Who is calling: the API key that authenticated the request, its tenant and its role, and the
 * key's own request budget per period when it has one.
 */
public record Caller(UUID tenantId, UUID keyId, Role role, boolean platform, Integer rateLimit) {

    public Caller(UUID tenantId, UUID keyId, Role role, boolean platform) {
        this(tenantId, keyId, role, platform, null);
    }
}
