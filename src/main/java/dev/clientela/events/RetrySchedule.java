package dev.clientela.events;

import java.time.Duration;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * When to try again after a failed attempt: Standard Webhooks' schedule as the issue gives it (immediately,
 * then 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h after each failure), each delay stretched by
 * up to a tenth at random so that receivers coming back are not met by every sender at once.
 */
final class RetrySchedule {

    static final List<Duration> DELAYS = List.of(
            Duration.ofSeconds(5),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(5),
            Duration.ofHours(10),
            Duration.ofHours(14),
            Duration.ofHours(20),
            Duration.ofHours(24));

    static final double JITTER = 0.1;

    private RetrySchedule() {}

    /** The wait after failed attempt number {@code attempts} (1 is the first); null when there is none left. */
    static Duration after(int attempts, Duration retryAfter, RandomGenerator random) {
        if (attempts > DELAYS.size()) {
            return null;
        }
        Duration base = DELAYS.get(attempts - 1);
        Duration jittered = base.plusMillis((long) (base.toMillis() * JITTER * random.nextDouble()));
        return retryAfter != null && retryAfter.compareTo(jittered) > 0 ? retryAfter : jittered;
    }
}
