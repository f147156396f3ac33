package dev.clientela.tenant;

import java.util.UUID;

/** Who is calling: the API key that authenticated the request, its tenant and its role. */
public record Caller(UUID tenantId, UUID keyId, Role role, boolean platform) {}
