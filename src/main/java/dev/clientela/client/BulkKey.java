package dev.clientela.client;

/** What identifies an existing client in a bulk import: its document, its external code or its number. */
public enum BulkKey {
    DOCUMENT,
    EXTERNAL_CODE,
    NUMBER
}
