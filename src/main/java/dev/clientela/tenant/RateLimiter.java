package dev.clientela.tenant;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
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
 * from the same bucket. The read and write budgets every request spends are counted in memory and
 * written to PostgreSQL ({@link SharedBudget}) once an instance has spent a fiftieth of the budget
 * (at least one request), every {@link #SYNC_EVERY} and before a refusal, reading back what the
 * other instances spent: a request rarely costs a database call, and over all instances a budget admits
 * at most {@code instances × max(1, limit / 50)} requests beyond its limit. A feature may keep a named
 * budget of its own (a profile's write limit) in the same buckets; those are exact, every request
 * checked against PostgreSQL, concurrent ones of a key batched into one call.
 */
@Component
@EnableConfigurationProperties(RateLimitSettings.class)
public class RateLimiter {

    /** One instance spends at most {@code limit / UNSYNCHRONISED_SHARE} before it writes its count. */
    static final long UNSYNCHRONISED_SHARE = 50;

    static final Duration SYNC_EVERY = Duration.ofSeconds(1);

    private final RateLimitSettings settings;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TimeMeter time;
    private final ProxyManager<String> buckets;
    private final ConcurrentHashMap<String, SharedBudget> budgets = new ConcurrentHashMap<>();

    RateLimiter(RateLimitSettings settings, DataSource dataSource, JdbcClient jdbc, Clock clock) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
        this.time = new ClockTime(clock);
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_buckets")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(settings.period()))
                .clientClock(time)
                .build();
    }

    boolean enabled() {
        return settings.enabled();
    }

    /** Takes one request from the caller's budget for reads or writes. */
    Decision take(Caller caller, boolean write) {
        long limit = settings.budget(caller, write);
        return take(
                owner(caller) + (write ? ":w:" : ":r:") + limit,
                limit,
                settings.period(),
                Math.max(1, limit / UNSYNCHRONISED_SHARE));
    }

    /**
     * Takes one request from the caller's budget called {@code name}, of {@code limit} requests per
     * {@code period}, shared by every instance like the others but exact: every request is checked
     * against PostgreSQL.
     */
    public Decision take(Caller caller, String name, long limit, Duration period) {
        return take(owner(caller) + ":" + name + ":" + limit + "/" + period, limit, period, 0);
    }

    private static String owner(Caller caller) {
        return caller.keyId() == null
                ? "anonymous:" + caller.tenantId()
                : caller.keyId().toString();
    }

    private Decision take(String key, long limit, Duration period, long unsynchronised) {
        SharedBudget budget = budgets.computeIfAbsent(
                key,
                k -> new SharedBudget(
                        buckets.builder()
                                .withOptimization(Optimizations.batching())
                                .build(
                                        k,
                                        () -> BucketConfiguration.builder()
                                                .addLimit(Bandwidth.builder()
                                                        .capacity(limit)
                                                        .refillGreedy(limit, period)
                                                        .build())
                                                .build()),
                        limit,
                        period,
                        unsynchronised,
                        SYNC_EVERY));
        return budget.take(time.currentTimeNanos());
    }

    /** Removes the buckets of keys idle long enough to have refilled completely. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    void removeIdleBuckets() {
        jdbc.sql("delete from rate_limit_buckets where expires_at < ?")
                .param(clock.millis())
                .update();
    }

    static long seconds(long nanos) {
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
