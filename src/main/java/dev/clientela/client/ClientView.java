package dev.clientela.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A client as the API shows it. */
public record ClientView(
        UUID id,
        long number,
        ClientKind kind,
        String name,
        String legalName,
        String tradeName,
        DocumentView document,
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
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant deletedAt,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Warning> warnings) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DocumentView(
            String country,
            String type,
            String number,
            String formatted,
            String checkDigit,
            Boolean anonymous,
            String typed) {}

    public static ClientView of(Client c) {
        return of(c, List.of());
    }

    static ClientView of(Client c, List<Warning> warnings) {
        ClientDocument d = c.document();
        return new ClientView(
                c.id(),
                c.number(),
                c.kind(),
                c.name(),
                c.legalName(),
                c.tradeName(),
                d == null
                        ? null
                        : new DocumentView(
                                d.country(),
                                d.type(),
                                d.number(),
                                d.formatted(),
                                d.checkDigit(),
                                d.anonymous() ? true : null,
                                d.typed()),
                c.taxId(),
                c.email(),
                c.phone(),
                c.phoneE164(),
                c.mobile(),
                c.mobileE164(),
                c.address(),
                c.notes(),
                c.imageUrl(),
                c.externalCode(),
                c.status(),
                c.metadata(),
                c.creditLimit(),
                c.version(),
                c.createdAt(),
                c.updatedAt(),
                c.deletedAt(),
                warnings);
    }
}
