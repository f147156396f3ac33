package dev.clientela.tenant;

import dev.clientela.web.JsonInput;
import java.math.BigDecimal;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** A merge patch of the caller's tenant: name, tax id and settings. */
record TenantPatch(JsonInput input, String name, String taxId, JsonInput settings) {

    private static final Set<String> FIELDS = Set.of("name", "tax_id", "settings");
    private static final Set<String> READ_ONLY =
            Set.of("id", "number", "country", "version", "created_at", "updated_at");
    private static final Set<String> SETTINGS = Set.of("document_validation", "tax_rate", "duplicate_check");

    static TenantPatch read(JsonNode body) {
        JsonInput input = JsonInput.of(body, FIELDS, READ_ONLY);
        String name = input.string("name", 200);
        if (input.has("name") && name == null) {
            input.reject("name", "required", "cannot be cleared");
        }
        String taxId = input.string("tax_id", 60);
        JsonInput settings = input.object("settings", SETTINGS, Set.of());
        TenantPatch patch = new TenantPatch(input, name, taxId, settings);
        patch.settingsOver(TenantSettings.DEFAULT); // reports bad setting values now
        input.throwIfInvalid();
        return patch;
    }

    Tenant applyTo(Tenant tenant) {
        return new Tenant(
                tenant.id(),
                tenant.number(),
                input.has("name") ? name : tenant.name(),
                tenant.country(),
                input.has("tax_id") ? taxId : tenant.taxId(),
                settingsOver(tenant.settings()),
                tenant.version(),
                tenant.createdAt(),
                tenant.updatedAt());
    }

    private TenantSettings settingsOver(TenantSettings current) {
        if (settings == null) {
            return current;
        }
        DocumentValidation validation = settings.has("document_validation")
                ? settings.choice("document_validation", DocumentValidation.class)
                : current.documentValidation();
        BigDecimal taxRate = settings.has("tax_rate")
                ? settings.decimal("tax_rate", BigDecimal.ZERO, BigDecimal.ONE, 4)
                : current.taxRate();
        DuplicateCheck duplicateCheck = settings.has("duplicate_check")
                ? settings.choice("duplicate_check", DuplicateCheck.class)
                : current.duplicateCheck();
        return new TenantSettings(validation, taxRate, duplicateCheck);
    }
}
