package dev.clientela.compat.geotareas;

import dev.clientela.compat.Refusal;
import dev.clientela.tenant.CurrentTenant;
import dev.clientela.tenant.RateLimiter;
import dev.clientela.tenant.Tenant;
import dev.clientela.tenant.TenantDirectory;
import dev.clientela.web.ErrorCode;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * GeoTareas' {@code tenant} header: required (400 BAD_REQUEST without it) and naming the API
 * key's own tenant, by number or id; any other value is 403 FORBIDDEN, whether or not such a
 * tenant exists, so the answer tells nothing about other tenants. Writes also spend the key's
 * GeoTareas write budget, a budget of the service's rate limiter shared by every instance.
 */
@Component
class TenantGate {

    private static final String WRITES = "geotareas-writes";

    private final TenantDirectory tenants;
    private final CurrentTenant current;
    private final RateLimiter limiter;
    private final int writesPerMinute;

    TenantGate(
            TenantDirectory tenants,
            CurrentTenant current,
            RateLimiter limiter,
            @Value("${clientela.compat.geotareas.writes-per-minute:10}") int writesPerMinute) {
        if (writesPerMinute < 1) {
            throw new IllegalArgumentException("clientela.compat.geotareas.writes-per-minute must be at least 1");
        }
        this.tenants = tenants;
        this.current = current;
        this.limiter = limiter;
        this.writesPerMinute = writesPerMinute;
    }

    Tenant read(String header) {
        if (header == null || header.isBlank()) {
            throw new Refusal(ErrorCode.BAD_REQUEST, "Missing required headers: tenant");
        }
        Tenant tenant = tenants.current();
        String named = header.strip();
        if (!named.equals(String.valueOf(tenant.number()))
                && !named.equalsIgnoreCase(tenant.id().toString())) {
            throw new Refusal(ErrorCode.FORBIDDEN, "The API key does not belong to this tenant");
        }
        return tenant;
    }

    Tenant write(String header) {
        Tenant tenant = read(header);
        RateLimiter.Decision decision = limiter.take(current.caller(), WRITES, writesPerMinute, Duration.ofMinutes(1));
        if (!decision.allowed()) {
            throw new RateLimited(writesPerMinute, Math.max(1, decision.retryAfterSeconds()));
        }
        return tenant;
    }

    /** A write over the key's GeoTareas budget; {@code retryAfterSeconds} is when the next one fits. */
    static final class RateLimited extends Refusal {

        private final long retryAfterSeconds;

        private RateLimited(int perMinute, long retryAfterSeconds) {
            super(ErrorCode.RATE_LIMITED, "Exceeded " + perMinute + " req/min");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
