package dev.clientela.tenant;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.BucketNotFoundException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * One budget as this instance spends it: the shared bucket in PostgreSQL is read and charged only
 * every {@code unsynchronised} requests or every {@code syncEvery}, and whenever the local count
 * would refuse; in between, requests are counted here against what the bucket held at the last
 * reading plus its refill since. An instance's count can only overestimate what is left (the
 * others' spending is unseen until the next reading), so it never refuses what the bucket would
 * admit, and admits at most {@code unsynchronised} requests the bucket has not yet been charged.
 */
final class SharedBudget {

    private final BucketProxy bucket;
    private final long limit;
    private final long periodNanos;
    private final long unsynchronised;
    private final long syncEveryNanos;

    private boolean read;
    private long readAtNanos;
    private long remainingAtRead;
    private long spentSinceRead;

    SharedBudget(BucketProxy bucket, long limit, Duration period, long unsynchronised, Duration syncEvery) {
        this.bucket = bucket;
        this.limit = limit;
        this.periodNanos = period.toNanos();
        this.unsynchronised = unsynchronised;
        this.syncEveryNanos = syncEvery.toNanos();
    }

    synchronized RateLimiter.Decision take(long nowNanos) {
        if (read && spentSinceRead < unsynchronised && nowNanos - readAtNanos < syncEveryNanos) {
            long available = Math.min(limit, remainingAtRead + refilled(nowNanos - readAtNanos)) - spentSinceRead;
            if (available >= 1) {
                spentSinceRead++;
                long missing = limit - (available - 1);
                long resetNanos = (long) ((double) missing * periodNanos / limit);
                return new RateLimiter.Decision(true, limit, available - 1, RateLimiter.seconds(resetNanos), 0);
            }
        }
        return charge(nowNanos);
    }

    /** Charges the bucket with the requests counted here and this one, and reads what it holds. */
    private RateLimiter.Decision charge(long nowNanos) {
        long pending = spentSinceRead;
        ConsumptionProbe probe = call(() -> bucket.tryConsumeAndReturnRemaining(pending + 1));
        if (!probe.isConsumed() && pending > 0) {
            call(() -> bucket.consumeIgnoringRateLimits(pending));
            probe = call(() -> bucket.tryConsumeAndReturnRemaining(1));
        }
        read = true;
        readAtNanos = nowNanos;
        remainingAtRead = probe.getRemainingTokens();
        spentSinceRead = 0;
        return new RateLimiter.Decision(
                probe.isConsumed(),
                limit,
                probe.getRemainingTokens(),
                RateLimiter.seconds(probe.getNanosToWaitForReset()),
                RateLimiter.seconds(probe.getNanosToWaitForRefill()));
    }

    /** Whole requests refilled; {@code elapsedNanos} is under {@code syncEvery}, so the product fits. */
    private long refilled(long elapsedNanos) {
        return Math.min(limit, elapsedNanos * limit / periodNanos);
    }

    private static <T> T call(Supplier<T> remote) {
        try {
            return remote.get();
        } catch (BucketNotFoundException racedTheFirstWrite) {
            // Concurrent first requests of a key are batched into one call, and the ones merged
            // behind the call that creates the bucket can find it missing; it exists now.
            return remote.get();
        }
    }
}
