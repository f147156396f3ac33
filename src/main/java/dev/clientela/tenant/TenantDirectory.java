package dev.clientela.tenant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Tenants as other features need them (country, settings), remembered for a few seconds so that
 * reading them does not add a database round trip to every request.
 */
@Component
public class TenantDirectory {

    private static final Duration TTL = Duration.ofSeconds(5);

    private final Tenants tenants;
    private final CurrentTenant current;
    private final Clock clock;
    private final ConcurrentHashMap<UUID, Remembered> recent = new ConcurrentHashMap<>();

    TenantDirectory(Tenants tenants, CurrentTenant current, Clock clock) {
        this.tenants = tenants;
        this.current = current;
        this.clock = clock;
    }

    /** The tenant of the current request. */
    public Tenant current() {
        return get(current.id());
    }

    public Tenant get(UUID id) {
        Instant now = clock.instant();
        Remembered remembered = recent.get(id);
        if (remembered == null || remembered.expiresAt().isBefore(now)) {
            Tenant tenant = tenants.find(id).orElseThrow(() -> new IllegalStateException("Unknown tenant " + id));
            remembered = new Remembered(tenant, now.plus(TTL));
            recent.put(id, remembered);
        }
        return remembered.tenant();
    }

    void forget(UUID id) {
        recent.remove(id);
    }

    private record Remembered(Tenant tenant, Instant expiresAt) {}
}
