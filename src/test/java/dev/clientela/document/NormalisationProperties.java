package dev.clientela.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.clientela.support.Seed;
import java.time.Clock;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class NormalisationProperties {

    private static final Seed seed = Seed.forRun(NormalisationProperties.class);

    private static final String SEPARATORS =
            "-. \u2010\u2011\u2012\u2013\u2014\u2212\u00a0\u202f\u3000\uff0d\uff0e\u00b7";

    @Test
    void separatorsAndFullWidthDigitsNeverChangeTheCanonicalForm() {
        seed.theory(1000).forAll(numbers(), longs().all()).checkAssert((number, placements) -> {
            var random = new Random(placements);
            var typed = new StringBuilder();
            for (char c : number.toCharArray()) {
                if (random.nextInt(3) == 0) {
                    typed.append(SEPARATORS.charAt(random.nextInt(SEPARATORS.length())));
                }
                typed.append(random.nextBoolean() ? (char) (c - '0' + '\uff10') : c);
            }

            assertThat(DocumentCatalog.normalise(typed.toString()))
                    .as("typed as %s", typed)
                    .isEqualTo(number);
        });
    }

    @Test
    void normalisingTwiceChangesNothing() {
        seed.theory(1000).forAll(anything()).checkAssert(anything -> {
            String once = DocumentCatalog.normalise(anything);

            assertThat(DocumentCatalog.normalise(once)).isEqualTo(once);
        });
    }

    @Test
    void checkingNeverThrowsWhateverIsTyped() {
        var catalog = DocumentCatalog.latinAmerica(Clock.systemUTC());
        seed.theory(200).forAll(anything()).checkAssert(anything -> {
            for (String country : catalog.countries()) {
                for (DocumentType type : catalog.types(country)) {
                    assertThat(catalog.check(country, type.code(), anything).number())
                            .isNotNull();
                    assertThat(catalog.checkBase(country, type.code(), anything).number())
                            .isNotNull();
                }
            }
        });
    }

    private static Gen<String> numbers() {
        return strings().betweenCodePoints('0', '9').ofLengthBetween(1, 20);
    }

    /** Any code points at all, lone surrogates and unassigned ones included. */
    private static Gen<String> anything() {
        return strings().allPossible().ofLengthBetween(0, 255);
    }
}
