package dev.clientela.tenant;

import java.io.Serializable;
import java.util.UUID;

/** Who is signed in to the console, as its pages name them. */
public record StaffIdentity(
        UUID userId, String name, String email, UUID tenantId, String tenantName, Role role, StaffLocale locale)
        implements Serializable {}
