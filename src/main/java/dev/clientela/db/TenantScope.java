package dev.clientela.db;

/** Which tenant the current request acts for, as the database's row-level security needs it. */
public interface TenantScope {

    /** The current tenant's id, or an empty string when the request has none (yet). */
    String currentTenantId();
}
