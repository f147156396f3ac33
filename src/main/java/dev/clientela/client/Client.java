package dev.clientela.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A client of a tenant, as stored. */
public record Client(
        UUID id,
        long number,
        ClientKind kind,
        String name,
        String legalName,
        String tradeName,
        ClientDocument document,
        String taxId,
        String email,
        String phone,
        String phoneE164,
        String mobile,
        String mobileE164,
        Address address,
        String notes,
        String imageUrl,
        String externalCode,
        ClientStatus status,
        Map<String, String> metadata,
        BigDecimal creditLimit,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt) {

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public boolean isActive() {
        return status == ClientStatus.ACTIVE && deletedAt == null;
    }

    /** What a caller may set, as it stands: what a merge patch applies to. */
    NewClient editable() {
        NewClient.TypedDocument typed = document == null
                ? null
                : new NewClient.TypedDocument(document.country(), document.type(), document.number(), document.typed());
        return new NewClient(
                name,
                legalName,
                tradeName,
                typed,
                taxId,
                email,
                phone,
                mobile,
                address,
                notes,
                imageUrl,
                externalCode,
                status,
                metadata,
                kind,
                creditLimit);
    }

    /** The same client, of another kind. */
    public Client withKind(ClientKind kind) {
        return new Client(
                id(),
                number(),
                kind,
                name(),
                legalName(),
                tradeName(),
                document(),
                taxId(),
                email(),
                phone(),
                phoneE164(),
                mobile(),
                mobileE164(),
                address(),
                notes(),
                imageUrl(),
                externalCode(),
                status(),
                metadata(),
                creditLimit(),
                version(),
                createdAt(),
                updatedAt(),
                deletedAt());
    }

    /** The client as its insert stored it: numbered and timed by the database. */
    Client inserted(long number, Instant createdAt, Instant updatedAt) {
        return new Client(
                id(),
                number,
                kind(),
                name(),
                legalName(),
                tradeName(),
                document(),
                taxId(),
                email(),
                phone(),
                phoneE164(),
                mobile(),
                mobileE164(),
                address(),
                notes(),
                imageUrl(),
                externalCode(),
                status(),
                metadata(),
                creditLimit(),
                version(),
                createdAt,
                updatedAt,
                deletedAt());
    }
}
