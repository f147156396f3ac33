package dev.clientela.compat.geotareas;

import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * GeoTareas' write limit, per API key: a token bucket holding a minute's allowance and refilled
 * evenly over the minute. Kept in memory, so each instance counts its own writes.
 */
@Component
class WriteAllowance {

    private static final long MINUTE_NANOS = 60_000_000_000L;
    private static final int FORGET_ABOVE = 10_000;

    private final int perMinute;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<UUID, Bucket> buckets = new ConcurrentHashMap<>();

    @Autowired
    WriteAllowance(@Value("${clientela.compat.geotareas.writes-per-minute:10}") int perMinute) {
        this(perMinute, System::nanoTime);
    }

    WriteAllowance(int perMinute, LongSupplier nanoTime) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("clientela.compat.geotareas.writes-per-minute must be at least 1");
        }
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
    }

    /** Takes one write from the key's allowance, or throws {@link RateLimited}. */
    void take(UUID keyId) {
        long now = nanoTime.getAsLong();
        if (buckets.size() > FORGET_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        long waitNanos = buckets.computeIfAbsent(keyId, id -> new Bucket(now)).take(now);
        if (waitNanos > 0) {
            throw new RateLimited(perMinute, Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L));
        }
    }

    /** Tokens counted in nanos of refill time: a full bucket holds a minute. */
    private final class Bucket {
        private final long perToken = MINUTE_NANOS / perMinute;
        private long filledAt;

        Bucket(long now) {
            this.filledAt = now - MINUTE_NANOS;
        }

        /** Zero when a token was taken, else how long until one is there. */
        synchronized long take(long now) {
            long start = Math.max(filledAt, now - MINUTE_NANOS);
            long next = start + perToken;
            if (next > now) {
                return next - now;
            }
            filledAt = next;
            return 0;
        }

        synchronized boolean isFull(long now) {
            return filledAt <= now - MINUTE_NANOS;
        }
    }
}
