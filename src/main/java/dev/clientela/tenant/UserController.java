package dev.clientela.tenant;

import dev.clientela.web.JsonInput;
import dev.clientela.web.PathIds;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/** Staff users of the console, managed with an ADMIN key. */
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('ADMIN')")
class UserController {

    private static final Set<String> FIELDS = Set.of("email", "name", "role", "locale");
    private static final Set<String> READ_ONLY =
            Set.of("id", "has_password", "version", "created_at", "updated_at", "set_password_url");

    private final StaffAdministration administration;

    UserController(StaffAdministration administration) {
        this.administration = administration;
    }

    @PostMapping
    ResponseEntity<UserView> invite(@RequestBody JsonNode body) {
        JsonInput input = JsonInput.of(body, FIELDS, READ_ONLY);
        String email = StaffEmail.read(input, true);
        String name = input.requiredString("name", 200);
        Role role = input.choice("role", Role.class);
        if (role == null && input.errors().stream().noneMatch(e -> e.field().equals("role"))) {
            input.reject("role", "required", "is required"); // absent, null or blank
        }
        StaffLocale locale = input.choice("locale", StaffLocale.class);
        input.throwIfInvalid();
        StaffAdministration.Invited invited =
                administration.invite(email, name, role, locale == null ? StaffLocale.ES : locale);
        return ResponseEntity.created(
                        URI.create("/api/v1/users/" + invited.user().id()))
                .body(UserView.of(invited.user(), setPasswordUrl(invited.token())));
    }

    @GetMapping
    Map<String, List<UserView>> list() {
        return Map.of(
                "data",
                administration.list().stream().map(u -> UserView.of(u, null)).toList());
    }

    @GetMapping("/{id}")
    UserView get(@PathVariable String id) {
        return UserView.of(administration.find(parse(id)), null);
    }

    @PatchMapping("/{id}")
    UserView update(@PathVariable String id, @RequestBody JsonNode body) {
        UUID userId = parse(id);
        JsonInput input = JsonInput.of(body, FIELDS, READ_ONLY);
        for (String field : FIELDS) {
            if (input.isNull(field)) {
                input.reject(field, "required", "cannot be cleared");
            }
        }
        String email = StaffEmail.read(input, false);
        String name = input.string("name", 200);
        Role role = input.choice("role", Role.class);
        StaffLocale locale = input.choice("locale", StaffLocale.class);
        input.throwIfInvalid();
        return UserView.of(administration.update(userId, email, name, role, locale), null);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        administration.delete(parse(id));
        return ResponseEntity.noContent().build();
    }

    /** A new one-time link for a user who forgot their password or let the first link expire. */
    @PostMapping("/{id}/password-link")
    UserView newLink(@PathVariable String id) {
        StaffAdministration.Invited invited = administration.newLink(parse(id));
        return UserView.of(invited.user(), setPasswordUrl(invited.token()));
    }

    private static UUID parse(String id) {
        return PathIds.uuid(id, "The user");
    }

    private static String setPasswordUrl(String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/console/set-password")
                .queryParam("token", token)
                .toUriString();
    }

    record UserView(
            UUID id,
            String email,
            String name,
            Role role,
            String locale,
            boolean hasPassword,
            long version,
            Instant createdAt,
            Instant updatedAt,

            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            String setPasswordUrl) {

        static UserView of(StaffUser u, String setPasswordUrl) {
            return new UserView(
                    u.id(),
                    u.email(),
                    u.name(),
                    u.role(),
                    u.locale().tag(),
                    u.hasPassword(),
                    u.version(),
                    u.createdAt(),
                    u.updatedAt(),
                    setPasswordUrl);
        }
    }
}
