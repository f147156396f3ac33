package dev.clientela.tenant;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The JSON shapes of tenants and keys. */
final class TenantViews {

    private TenantViews() {}

    record TenantView(
            UUID id,
            long number,
            String name,
            String country,
            String taxId,
            SettingsView settings,
            long version,
            Instant createdAt,
            Instant updatedAt) {}

    record SettingsView(DocumentValidation documentValidation, BigDecimal taxRate, DuplicateCheck duplicateCheck) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record KeyView(
            UUID id,
            String name,
            Role role,
            boolean platform,
            String prefix,
            String key,
            Instant createdAt,
            Instant lastUsedAt,
            Instant revokedAt,
            Integer rateLimit) {}

    record Opened(TenantView tenant, KeyView apiKey) {}

    static TenantView of(Tenant t) {
        return new TenantView(
                t.id(),
                t.number(),
                t.name(),
                t.country(),
                t.taxId(),
                new SettingsView(
                        t.settings().documentValidation(),
                        t.settings().taxRate(),
                        t.settings().duplicateCheck()),
                t.version(),
                t.createdAt(),
                t.updatedAt());
    }

    static KeyView of(ApiKey k) {
        return new KeyView(
                k.id(),
                k.name(),
                k.role(),
                k.platform(),
                k.prefix(),
                null,
                k.createdAt(),
                k.lastUsedAt(),
                k.revokedAt(),
                k.rateLimit());
    }

    static KeyView of(IssuedKey issued) {
        ApiKey k = issued.key();
        return new KeyView(
                k.id(),
                k.name(),
                k.role(),
                k.platform(),
                k.prefix(),
                issued.secret().value(),
                k.createdAt(),
                null,
                null,
                k.rateLimit());
    }
}
