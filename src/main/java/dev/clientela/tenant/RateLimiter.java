package dev.clientela.tenant;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.BucketNotFoundException;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Budgets of requests per API key, kept in PostgreSQL so that every instance of the service draws
 * from the same bucket. Concurrent requests of one key are batched into one database call. Besides
 * the read and write budgets every request spends, a feature may keep a named budget of its own
 * (a profile's write limit) in the same buckets.
 */
@Component
@EnableConfigurationProperties(RateLimitSettings.class)
public class RateLimiter {

    private final RateLimitSettings settings;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ProxyManager<String> buckets;
    private final ConcurrentHashMap<String, BucketProxy> proxies = new ConcurrentHashMap<>();

    RateLimiter(RateLimitSettings settings, DataSource dataSource, JdbcClient jdbc, Clock clock) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_buckets")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(settings.period()))
                .clientClock(new ClockTime(clock))
                .build();
    }

    boolean enabled() {
        return settings.enabled();
    }

    /** Takes one request from the caller's budget for reads or writes. */
    Decision take(Caller caller, boolean write) {
        long limit = settings.budget(caller, write);
        return take(owner(caller) + (write ? ":w:" : ":r:") + limit, limit, settings.period());
    }

    /**
     * Takes one request from the caller's budget called {@code name}, of {@code limit} requests per
     * {@code period}, shared by every instance like the others.
     */
    public Decision take(Caller caller, String name, long limit, Duration period) {
        return take(owner(caller) + ":" + name + ":" + limit + "/" + period, limit, period);
    }

    private static String owner(Caller caller) {
        return caller.keyId() == null
                ? "anonymous:" + caller.tenantId()
                : caller.keyId().toString();
    }

    private Decision take(String key, long limit, Duration period) {
        BucketProxy bucket = proxies.computeIfAbsent(
                key,
                k -> buckets.builder()
                        .withOptimization(Optimizations.batching())
                        .build(
                                k,
                                () -> BucketConfiguration.builder()
                                        .addLimit(Bandwidth.builder()
                                                .capacity(limit)
                                                .refillGreedy(limit, period)
                                                .build())
                                        .build()));
        ConsumptionProbe probe;
        try {
            probe = bucket.tryConsumeAndReturnRemaining(1);
        } catch (BucketNotFoundException racedTheFirstWrite) {
            // Concurrent first requests of a key are batched into one call, and the ones merged
            // behind the call that creates the bucket can find it missing; it exists now.
            probe = bucket.tryConsumeAndReturnRemaining(1);
        }
        return new Decision(
                probe.isConsumed(),
                limit,
                probe.getRemainingTokens(),
                seconds(probe.getNanosToWaitForReset()),
                seconds(probe.getNanosToWaitForRefill()));
    }

    /** Removes the buckets of keys idle long enough to have refilled completely. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    void removeIdleBuckets() {
        jdbc.sql("delete from rate_limit_buckets where expires_at < ?")
                .param(clock.millis())
                .update();
    }

    private static long seconds(long nanos) {
        return Math.max(0, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    /** Whether the request may go on, and what the RateLimit headers say. */
    public record Decision(boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {}

    /** Bucket4j's time, read from the service's clock. */
    private record ClockTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
