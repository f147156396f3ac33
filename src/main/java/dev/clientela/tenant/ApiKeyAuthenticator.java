package dev.clientela.tenant;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells who an API key belongs to. A key verified once is remembered, so that a request with a known
 * key costs one SHA-256 and no database call. Once a second ({@code clientela.api-keys.revocation-check})
 * one statement asks which remembered keys are still live and marks those used since as used: a
 * revocation made through this instance takes effect at once, one made through another instance
 * within that delay (plus the time the check takes).
 */
@Component
class ApiKeyAuthenticator {

    /** Past this many remembered keys, all are forgotten and read again as they come back. */
    private static final int MAX_REMEMBERED = 100_000;

    private final ApiKeys keys;
    private final ConcurrentHashMap<String, Remembered> known = new ConcurrentHashMap<>();
    private final Set<String> usedSinceCheck = ConcurrentHashMap.newKeySet();

    ApiKeyAuthenticator(ApiKeys keys) {
        this.keys = keys;
    }

    Optional<Caller> authenticate(String presented) {
        if (presented == null || presented.isBlank() || presented.length() > 200) {
            return Optional.empty();
        }
        ApiKeySecret secret = new ApiKeySecret(presented.strip());
        byte[] sha256 = secret.sha256();
        String prefix = secret.prefix(sha256);
        Remembered remembered = known.get(prefix);
        if (remembered == null) {
            remembered = keys.touchByPrefix(prefix)
                    .map(stored -> new Remembered(caller(stored.key()), stored.sha256()))
                    .orElse(null);
            if (remembered == null) {
                return Optional.empty();
            }
            if (known.size() >= MAX_REMEMBERED) {
                known.clear();
            }
            known.put(prefix, remembered);
        } else if (MessageDigest.isEqual(sha256, remembered.sha256())) {
            usedSinceCheck.add(prefix);
        }
        return MessageDigest.isEqual(sha256, remembered.sha256()) ? Optional.of(remembered.caller()) : Optional.empty();
    }

    /** Forgets the keys that were revoked or removed, and records when the others were last used. */
    @Scheduled(
            fixedDelayString = "${clientela.api-keys.revocation-check:1s}",
            initialDelayString = "${clientela.api-keys.revocation-check:1s}")
    void checkKnownKeys() {
        List<String> checked = List.copyOf(known.keySet());
        if (checked.isEmpty()) {
            return;
        }
        List<String> used = new ArrayList<>(usedSinceCheck);
        usedSinceCheck.removeAll(used);
        Set<String> live = keys.live(checked, used);
        for (String prefix : checked) {
            if (!live.contains(prefix)) {
                known.remove(prefix);
            }
        }
    }

    void forgetAll() {
        known.clear();
    }

    private static Caller caller(ApiKey key) {
        return new Caller(key.tenantId(), key.id(), key.role(), key.platform(), key.rateLimit());
    }

    private record Remembered(Caller caller, byte[] sha256) {}
}
