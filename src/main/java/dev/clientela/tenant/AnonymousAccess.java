package dev.clientela.tenant;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Who a request without an API key acts as, on the few paths configured for it (off unless a
 * feature declares an {@link AnonymousRoute} with a tenant). The tenant is looked up when first
 * needed, so it may be opened after the service started.
 */
@Component
class AnonymousAccess {

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
        Optional<UUID> tenant = tenants.idByReference(reference);
        tenant.ifPresent(found -> known.put(reference, found));
        return tenant;
    }
}
