package dev.clientela.tenant;

import dev.clientela.web.JsonInput;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
class TenantController {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> NEW_TENANT = Set.of("name", "country", "tax_id");

    private final TenantAdministration administration;

    TenantController(TenantAdministration administration) {
        this.administration = administration;
    }

    @PostMapping("/api/v1/tenants")
    @PreAuthorize("hasRole('PLATFORM')")
    ResponseEntity<TenantViews.Opened> open(@RequestBody JsonNode body) {
        JsonInput input = JsonInput.of(body, NEW_TENANT, Set.of("id", "number", "settings", "version"));
        String name = input.requiredString("name", 200);
        String country = input.requiredString("country", 2);
        if (country != null && !COUNTRIES.contains(country.toUpperCase(Locale.ROOT))) {
            input.reject("country", "invalid_value", "must be an ISO 3166-1 alpha-2 country code");
        }
        String taxId = input.string("tax_id", 60);
        input.throwIfInvalid();
        var opened = administration.open(name, country.toUpperCase(Locale.ROOT), taxId);
        return ResponseEntity.created(URI.create("/api/v1/tenant"))
                .body(new TenantViews.Opened(TenantViews.of(opened.tenant()), TenantViews.of(opened.key())));
    }

    @GetMapping("/api/v1/tenant")
    @PreAuthorize("hasRole('VIEWER')")
    TenantViews.TenantView current() {
        return TenantViews.of(administration.current());
    }

    @PatchMapping("/api/v1/tenant")
    @PreAuthorize("hasRole('ADMIN')")
    TenantViews.TenantView update(@RequestBody JsonNode body) {
        return TenantViews.of(administration.update(TenantPatch.read(body)));
    }
}
