package dev.clientela.client;

/** How a bulk import treats a row: only new clients, new or existing, or only existing ones. */
public enum BulkMode {
    INSERT,
    UPSERT,
    UPDATE
}
