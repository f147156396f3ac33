package dev.clientela.client;

import java.util.UUID;

/**
 * Implemented by each feature that writes a tenant's clients in bulk (an import job), so that the
 * duplicate report's background pass of that tenant waits until the writing ends instead of competing
 * with it and with the tenant's requests; the pass after it finds the written clients all at once.
 */
public interface BulkWriting {

    boolean underway(UUID tenantId);
}
