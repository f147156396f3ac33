package dev.clientela.tenant;

import java.time.Instant;
import java.util.UUID;

/** A business using Clientela; everything it stores is its own. */
public record Tenant(
        UUID id,
        long number,
        String name,
        String country,
        String taxId,
        TenantSettings settings,
        long version,
        Instant createdAt,
        Instant updatedAt) {}
