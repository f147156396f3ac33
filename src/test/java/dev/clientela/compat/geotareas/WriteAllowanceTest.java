package dev.clientela.compat.geotareas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class WriteAllowanceTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong clock = new AtomicLong(1_000 * SECOND);
    private final WriteAllowance allowance = new WriteAllowance(10, clock::get);
    private final UUID key = UUID.randomUUID();

    @Test
    void aKeyWritesTenTimesAtOnceAndTheEleventhWaitsSixSeconds() {
        for (int i = 0; i < 10; i++) {
            allowance.take(key);
        }

        assertThatThrownBy(() -> allowance.take(key))
                .isInstanceOfSatisfying(
                        RateLimited.class,
                        e -> assertThat(e.retryAfterSeconds()).isEqualTo(6));
    }

    @Test
    void oneWriteComesBackEverySixSeconds() {
        for (int i = 0; i < 10; i++) {
            allowance.take(key);
        }
        clock.addAndGet(6 * SECOND);

        assertThatCode(() -> allowance.take(key)).doesNotThrowAnyException();
        assertThatThrownBy(() -> allowance.take(key)).isInstanceOf(RateLimited.class);
    }

    @Test
    void aQuietMinuteRefillsTheWholeAllowanceButNoMore() {
        for (int i = 0; i < 10; i++) {
            allowance.take(key);
        }
        clock.addAndGet(600 * SECOND);

        for (int i = 0; i < 10; i++) {
            allowance.take(key);
        }
        assertThatThrownBy(() -> allowance.take(key)).isInstanceOf(RateLimited.class);
    }

    @Test
    void eachKeyHasItsOwnAllowance() {
        for (int i = 0; i < 10; i++) {
            allowance.take(key);
        }

        assertThatCode(() -> allowance.take(UUID.randomUUID())).doesNotThrowAnyException();
    }

    @Test
    void theAllowanceFollowsTheConfiguredRate() {
        WriteAllowance slow = new WriteAllowance(2, clock::get);
        slow.take(key);
        slow.take(key);

        assertThatThrownBy(() -> slow.take(key)).isInstanceOfSatisfying(RateLimited.class, e -> {
            assertThat(e.retryAfterSeconds()).isEqualTo(30);
            assertThat(e.getMessage()).isEqualTo("Exceeded 2 req/min");
        });
    }
}
