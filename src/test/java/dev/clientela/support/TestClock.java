package dev.clientela.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The service's clock in tests: it follows the real time until a test sets it, then stands still
 * until the test moves it. {@link ApiTest} puts it back to the real time after every test, since
 * test classes share a Spring context and with it this clock.
 */
public final class TestClock extends Clock {

    private volatile Instant fixed;

    /** Stops the clock at {@code instant}. */
    public void set(Instant instant) {
        fixed = instant;
    }

    /** Stops the clock at the start of {@code isoDate} (UTC). */
    public void set(String isoDate) {
        set(java.time.LocalDate.parse(isoDate).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** Stops the clock where it is now. */
    public Instant freeze() {
        Instant now = instant();
        fixed = now;
        return now;
    }

    /** Moves a stopped clock forward (a running one is stopped first). */
    public void advance(Duration duration) {
        fixed = instant().plus(duration);
    }

    /** Back to the real time. */
    public void reset() {
        fixed = null;
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now != null ? now : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    /** Replaces the service's clock in the Spring contexts of the tests. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Replacement {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
