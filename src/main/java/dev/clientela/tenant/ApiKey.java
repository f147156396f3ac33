package dev.clientela.tenant;

import java.time.Instant;
import java.util.UUID;

/** A stored API key, without its secret. */
public record ApiKey(
        UUID id,
        UUID tenantId,
        String name,
        Role role,
        boolean platform,
        String prefix,
        Instant createdAt,
        Instant lastUsedAt,
        Instant revokedAt,
        Integer rateLimit) {}
