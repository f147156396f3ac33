package dev.clientela.tenant;

import java.io.Serializable;
import java.util.UUID;

/** One of the tenants a person may sign in to with the same email and password. */
public record TenantChoice(UUID id, String name) implements Serializable {}
