package dev.clientela.tenant;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Budgets of requests per API key, kept in PostgreSQL so that every instance of the service draws
 * from the same bucket. Concurrent requests of one key are batched into one database call.
 */
@Component
@EnableConfigurationProperties(RateLimitSettings.class)
class RateLimiter {

    private final RateLimitSettings settings;
    private final JdbcClient jdbc;
    private final ProxyManager<String> buckets;
    private final ConcurrentHashMap<String, BucketProxy> proxies = new ConcurrentHashMap<>();

    RateLimiter(RateLimitSettings settings, DataSource dataSource, JdbcClient jdbc) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_buckets")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(settings.period()))
                .build();
    }

    boolean enabled() {
        return settings.enabled();
    }

    /** Takes one request from the caller's budget for reads or writes. */
    Decision take(Caller caller, boolean write) {
        long limit = settings.budget(caller, write);
        String key = (caller.keyId() == null
                        ? "anonymous:" + caller.tenantId()
                        : caller.keyId().toString())
                + (write ? ":w:" : ":r:")
                + limit;
        BucketProxy bucket = proxies.computeIfAbsent(
                key,
                k -> buckets.builder()
                        .withOptimization(Optimizations.batching())
                        .build(
                                k,
                                () -> BucketConfiguration.builder()
                                        .addLimit(Bandwidth.builder()
                                                .capacity(limit)
                                                .refillGreedy(limit, settings.period())
                                                .build())
                                        .build()));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
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
                .param(System.currentTimeMillis())
                .update();
    }

    private static long seconds(long nanos) {
        return Math.max(0, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    /** Whether the request may go on, and what the RateLimit headers say. */
    record Decision(boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {}
}
