package dev.clientela.tenant;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Request budgets per API key, per period: one for reads (GET, HEAD, document checks) and one for
 * writes. A role may have its own; a key's {@code rate_limit} replaces both for that key. Reads
 * default to 3,000 a minute so that a shop checking 2,000 document numbers a minute one by one
 * stays within its budget.
 */
@ConfigurationProperties("clientela.rate-limits")
record RateLimitSettings(
        Boolean enabled, Duration period, Integer readsPerPeriod, Integer writesPerPeriod, Map<Role, Budget> roles) {

    RateLimitSettings {
        enabled = enabled == null || enabled;
        period = period == null ? Duration.ofMinutes(1) : period;
        readsPerPeriod = readsPerPeriod == null ? 3000 : readsPerPeriod;
        writesPerPeriod = writesPerPeriod == null ? 600 : writesPerPeriod;
        roles = roles == null ? Map.of() : roles;
    }

    long budget(Caller caller, boolean write) {
        if (caller.rateLimit() != null) {
            return caller.rateLimit();
        }
        Budget role = roles.get(caller.role());
        Integer configured = role == null ? null : write ? role.writesPerPeriod() : role.readsPerPeriod();
        return configured != null ? configured : write ? writesPerPeriod : readsPerPeriod;
    }

    record Budget(Integer readsPerPeriod, Integer writesPerPeriod) {}
}
