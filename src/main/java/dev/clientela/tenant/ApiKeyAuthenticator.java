package dev.clientela.tenant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells who an API key belongs to. A verified key is remembered for a short while so that a read
 * costs one database round trip, not two; a revocation made through this instance takes effect at
 * once, one made through another instance within {@code clientela.api-keys.cache-ttl}.
 */
@Component
class ApiKeyAuthenticator {

    private final ApiKeys keys;
    private final Duration ttl;
    private final Clock clock;
    private final ConcurrentHashMap<String, Remembered> recent = new ConcurrentHashMap<>();

    ApiKeyAuthenticator(ApiKeys keys, @Value("${clientela.api-keys.cache-ttl:5s}") Duration ttl, Clock clock) {
        this.keys = keys;
        this.ttl = ttl;
        this.clock = clock;
    }

    Optional<Caller> authenticate(String presented) {
        if (presented == null || presented.isBlank() || presented.length() > 200) {
            return Optional.empty();
        }
        ApiKeySecret secret = new ApiKeySecret(presented.strip());
        String prefix = secret.prefix();
        Instant now = clock.instant();
        Remembered remembered = recent.get(prefix);
        if (remembered == null || remembered.expiresAt().isBefore(now)) {
            remembered = keys.touchByPrefix(prefix)
                    .map(stored -> new Remembered(caller(stored.key()), stored.sha256(), now.plus(ttl)))
                    .orElse(null);
            if (remembered == null) {
                recent.remove(prefix);
                return Optional.empty();
            }
            recent.put(prefix, remembered);
        }
        return secret.matches(remembered.sha256()) ? Optional.of(remembered.caller()) : Optional.empty();
    }

    void forgetAll() {
        recent.clear();
    }

    private static Caller caller(ApiKey key) {
        return new Caller(key.tenantId(), key.id(), key.role(), key.platform(), key.rateLimit());
    }

    private record Remembered(Caller caller, byte[] sha256, Instant expiresAt) {}
}
