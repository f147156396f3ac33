package dev.clientela.client;

import java.util.Map;
import java.util.UUID;

/**
 * Implemented by each feature whose records point to clients, so that a client with records is
 * never removed for good: counts, by kind of record ("sales", "invoices", ...), what points to it.
 */
public interface ClientReferences {

    Map<String, Long> count(UUID tenantId, UUID clientId);
}
