package dev.clientela.client;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a caller may set on a client, read and checked but not yet saved. {@code document} is what
 * was typed; the registry checks it against the catalogue.
 */
record ClientFields(
        String name,
        String legalName,
        String tradeName,
        TypedDocument document,
        String taxId,
        String email,
        String phone,
        String mobile,
        Address address,
        String notes,
        String imageUrl,
        String externalCode,
        ClientStatus status,
        Map<String, String> metadata,
        ClientKind kind,
        BigDecimal creditLimit) {

    /**
     * A document as typed: country (null for the tenant's), the catalogue type, the number, and how
     * the caller wrote it when {@code number} is not that (null: as {@code number} is written).
     */
    record TypedDocument(String country, String type, String number, String typed) {}
}
