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
 *
 * <p>{@code -Dclientela.clock=2029-01-01T00:00:00Z} makes the "real" time start there, so the whole
 * suite can be run as it will run on that day: no test may depend on the day it runs.
 */
public final class TestClock extends Clock {

    private static final Duration SHIFT = shift(System.getProperty("clientela.clock", ""));

    private volatile Instant fixed;
    private volatile boolean systemTime;

    private static Duration shift(String start) {
        if (start.isBlank()) {
            return Duration.ZERO;
        }
        Duration shift = Duration.between(Instant.now(), Instant.parse(start.strip()));
        System.out.println("Tests run with the clock starting at " + start.strip());
        return shift;
    }

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

    /** Back to the real time (shifted by {@code clientela.clock}, when set). */
    public void reset() {
        fixed = null;
        systemTime = false;
    }

    /**
     * The system's own time, unshifted, until {@link #reset()}: for a test whose tool checks what
     * the service wrote against the system clock (a webhook signature's timestamp, say).
     */
    public void followSystemTime() {
        fixed = null;
        systemTime = true;
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now != null ? now : systemTime ? Instant.now() : Instant.now().plus(SHIFT);
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
