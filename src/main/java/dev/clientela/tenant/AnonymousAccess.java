package dev.clientela.tenant;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Who a request without an API key acts as, on the few paths configured for it (off unless a
 * feature declares an {@link AnonymousRoute} with a tenant). The tenant is looked up when first
 * needed, so it may be opened after the service started.
 */
@Component
class AnonymousAccess {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");

    private final List<AnonymousRoute> routes;
    private final Tenants tenants;
    private final ConcurrentHashMap<String, UUID> known = new ConcurrentHashMap<>();

    AnonymousAccess(List<AnonymousRoute> routes, Tenants tenants) {
        this.routes = routes;
        this.tenants = tenants;
    }

    Optional<Caller> callerFor(String path) {
        return routes.stream()
                .filter(route -> route.covers(path))
                .findFirst()
                .flatMap(route -> tenantId(route.tenant()).map(id -> new Caller(id, null, route.role(), false)));
    }

    private Optional<UUID> tenantId(String reference) {
        UUID id = known.get(reference);
        if (id != null) {
            return Optional.of(id);
        }
        Optional<Tenant> tenant = NUMBER.matcher(reference).matches()
                ? tenants.findByNumber(Long.parseLong(reference))
                : uuid(reference).flatMap(tenants::find);
        tenant.ifPresent(t -> known.put(reference, t.id()));
        return tenant.map(Tenant::id);
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
