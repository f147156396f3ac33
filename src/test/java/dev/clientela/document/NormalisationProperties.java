package dev.clientela.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NormalisationProperties {

    private static final String SEPARATORS =
            "-. \u2010\u2011\u2012\u2013\u2014\u2212\u00a0\u202f\u3000\uff0d\uff0e\u00b7";

    @Property
    void separatorsAndFullWidthDigitsNeverChangeTheCanonicalForm(
            @ForAll("numbers") String number, @ForAll("separatorPlacements") long seed) {
        var random = new Random(seed);
        var typed = new StringBuilder();
        for (char c : number.toCharArray()) {
            if (random.nextInt(3) == 0) {
                typed.append(SEPARATORS.charAt(random.nextInt(SEPARATORS.length())));
            }
            typed.append(random.nextBoolean() ? (char) (c - '0' + '\uff10') : c);
        }

        assertThat(DocumentCatalog.normalise(typed.toString())).isEqualTo(number);
    }

    @Property
    void normalisingTwiceChangesNothing(@ForAll String anything) {
        String once = DocumentCatalog.normalise(anything);

        assertThat(DocumentCatalog.normalise(once)).isEqualTo(once);
    }

    @Property(tries = 200)
    void checkingNeverThrowsWhateverIsTyped(@ForAll String anything) {
        var catalog = DocumentCatalog.latinAmerica(Clock.systemUTC());
        for (String country : catalog.countries()) {
            for (DocumentType type : catalog.types(country)) {
                assertThat(catalog.check(country, type.code(), anything).number())
                        .isNotNull();
                assertThat(catalog.checkBase(country, type.code(), anything).number())
                        .isNotNull();
            }
        }
    }

    @Provide
    Arbitrary<String> numbers() {
        return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(20);
    }

    @Provide
    Arbitrary<Long> separatorPlacements() {
        return Arbitraries.longs();
    }
}
