package dev.clientela.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NormalisationTest {

    private final DocumentCatalog catalog = DocumentCatalog.latinAmerica(Clock.systemUTC());

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "0801-1990-12345",
                "0801 1990 12345",
                "０８０１１９９０１２３４５",
                "0801\u20101990\u201012345",
                "0801\u20131990\u201412345",
                "0801\u00a01990\u202f12345",
                "0801.1990.12345",
                " 0801199012345\t",
            })
    void equivalentWritingsGiveOneCanonicalForm(String raw) {
        assertThat(DocumentCatalog.normalise(raw)).isEqualTo("0801199012345");
    }

    @Test
    void lettersAreUpperCasedIncludingSpanishOnes() {
        assertThat(DocumentCatalog.normalise("ab-ñ.12")).isEqualTo("ABÑ12");
    }

    @Test
    void fullWidthLettersFoldToAscii() {
        assertThat(DocumentCatalog.normalise("ＡＢ１２")).isEqualTo("AB12");
    }

    @Test
    void nothingTypedNormalisesToNothing() {
        assertThat(DocumentCatalog.normalise(null)).isEmpty();
        assertThat(DocumentCatalog.normalise(" - . ")).isEmpty();
    }

    @Test
    void typedSeparatorsDoNotChangeTheStoredNumber() {
        assertThat(catalog.check("CO", "NIT", "９００．１２３．４５６‐８").number()).isEqualTo("9001234568");
        assertThat(catalog.check("PE", "RUC", "20512333797 ").number()).isEqualTo("20512333797");
    }

    @Test
    void missingNumberFailsAsInvalidLength() {
        assertThat(catalog.check("PE", "RUC", null).errors())
                .extracting(DocumentProblem::code)
                .containsExactly(DocumentProblem.INVALID_LENGTH);
        assertThat(catalog.check("CO", "NIT", "   ").errors())
                .extracting(DocumentProblem::code)
                .containsExactly(DocumentProblem.INVALID_LENGTH);
    }

    @Test
    void invalidNumberIsShownInItsCanonicalForm() {
        var check = catalog.check("CO", "NIT", "900.123.456-7");

        assertThat(check.valid()).isFalse();
        assertThat(check.formatted()).isEqualTo("9001234567");
    }
}
