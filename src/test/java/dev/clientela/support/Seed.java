package dev.clientela.support;

import java.security.SecureRandom;
import java.util.List;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.AsString;
import org.quicktheories.core.ExceptionReporter;
import org.quicktheories.core.Gen;
import org.quicktheories.core.Reporter;
import org.quicktheories.generators.SourceDSL;

/**
 * The seed every generated case of a test class is drawn from: new for each run, printed when the class starts, and
 * given again with {@code -Dclientela.seed=N} to draw exactly the same cases. Each theory starts from the seed afresh,
 * so a replay does not depend on which tests run or in what order.
 */
public final class Seed {

    public static final String PROPERTY = "clientela.seed";

    private final String test;
    private final long value;

    private Seed(String test, long value) {
        this.test = test;
        this.value = value;
    }

    public static Seed forRun(Class<?> test) {
        String given = System.getProperty(PROPERTY, "").trim();
        var seed =
                new Seed(test.getSimpleName(), given.isEmpty() ? new SecureRandom().nextLong() : Long.parseLong(given));
        System.out.println(seed);
        return seed;
    }

    /** A plain random source drawn from this seed, for tests that generate their data without a theory. */
    public java.util.Random random() {
        return new java.util.Random(value);
    }

    /** QuickTheories drawing {@code examples} cases from this seed; a falsified theory names the seed. */
    public QuickTheory theory(int examples) {
        return QuickTheory.qt().withFixedSeed(value).withExamples(examples).withReporter(new NamingTheSeed(this));
    }

    /**
     * An extra value, never read, for theories that send requests: QuickTheories skips a case it has already tried,
     * but against a live service a repeated request is a case of its own (a second create meets the duplicate check).
     */
    public static Gen<Long> keepingRepeats() {
        return SourceDSL.longs().all();
    }

    @Override
    public String toString() {
        return test + " seed=" + value + " (replay with -D" + PROPERTY + "=" + value + ")";
    }

    /** QuickTheories' own report of the smallest falsifying case, headed by how to replay it. */
    private record NamingTheSeed(Seed seed) implements Reporter {

        private static final Reporter quickTheories = new ExceptionReporter();

        @Override
        public void falisification(
                long prngSeed,
                int examplesUsed,
                Object smallest,
                Throwable cause,
                List<Object> examples,
                AsString<Object> toString) {
            replayable(() -> quickTheories.falisification(prngSeed, examplesUsed, smallest, cause, examples, toString));
        }

        @Override
        public void falisification(
                long prngSeed, int examplesUsed, Object smallest, List<Object> examples, AsString<Object> toString) {
            replayable(() -> quickTheories.falisification(prngSeed, examplesUsed, smallest, examples, toString));
        }

        @Override
        public void valuesExhausted(int completedExamples) {
            replayable(() -> quickTheories.valuesExhausted(completedExamples));
        }

        private void replayable(Runnable report) {
            try {
                report.run();
            } catch (AssertionError | IllegalStateException e) {
                throw new AssertionError(seed + System.lineSeparator() + e.getMessage(), e);
            }
        }
    }
}
