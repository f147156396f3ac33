package dev.clientela.tenant;

import dev.clientela.web.JsonInput;
import dev.clientela.web.PathIds;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/api-keys")
@PreAuthorize("hasRole('ADMIN')")
class ApiKeyController {

    private final TenantAdministration administration;

    ApiKeyController(TenantAdministration administration) {
        this.administration = administration;
    }

    @PostMapping
    ResponseEntity<TenantViews.KeyView> issue(@RequestBody JsonNode body) {
        JsonInput input =
                JsonInput.of(body, Set.of("name", "role", "rate_limit"), Set.of("id", "key", "prefix", "created_at"));
        String name = input.requiredString("name", 100);
        Role role = input.choice("role", Role.class);
        if (role == null && !input.has("role")) {
            input.reject("role", "required", "is required");
        }
        Integer rateLimit = input.integer("rate_limit", 1, 10_000_000);
        input.throwIfInvalid();
        IssuedKey issued = administration.issueKey(name, role, rateLimit);
        return ResponseEntity.created(
                        URI.create("/api/v1/api-keys/" + issued.key().id()))
                .body(TenantViews.of(issued));
    }

    @GetMapping
    Map<String, List<TenantViews.KeyView>> list() {
        return Map.of(
                "data", administration.keys().stream().map(TenantViews::of).toList());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable String id) {
        administration.revoke(PathIds.uuid(id, "The API key"));
        return ResponseEntity.noContent().build();
    }
}
