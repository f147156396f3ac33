package dev.clientela.client;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A client to register, read and checked field by field but not yet saved. {@code document} is
 * what was typed; the registry checks it against the catalogue.
 */
public record NewClient(
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

    static final int MAX_METADATA_KEYS = 50;

    public NewClient {
        metadata = metadata == null ? Map.of() : metadata;
        address = address == null || address.isEmpty() ? null : address;
    }

    /**
     * A document as typed: country (null for the tenant's), the catalogue type, the number, and how
     * the caller wrote it when {@code number} is not that (null: as {@code number} is written).
     */
    public record TypedDocument(String country, String type, String number, String typed) {}

    /** Refuses, with every field at once, a client missing what every client has. */
    void checkComplete() {
        List<FieldError> errors = new ArrayList<>();
        if (name == null) {
            errors.add(required("name"));
        }
        if (document != null && document.type() == null) {
            errors.add(required("document.type"));
        }
        if (document != null && document.number() == null) {
            errors.add(required("document.number"));
        }
        if (metadata.size() > MAX_METADATA_KEYS) {
            errors.add(new FieldError("metadata", "too_many_keys", "must have at most 50 keys"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
    }

    private static FieldError required(String field) {
        return new FieldError(field, "required", "is required");
    }
}
