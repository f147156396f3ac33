package dev.clientela.tenant;

import java.time.Instant;
import java.util.UUID;

/** A person who signs in to the console for one tenant, without the hash of their password. */
public record StaffUser(
        UUID id,
        UUID tenantId,
        String email,
        String name,
        Role role,
        StaffLocale locale,
        boolean hasPassword,
        long version,
        Instant createdAt,
        Instant updatedAt) {}
