package dev.clientela.document;

import static java.time.ZoneOffset.UTC;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HondurasDocumentsTest {

    private final DocumentCatalog catalog = DocumentCatalog.latinAmerica(Clock.systemUTC());

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "DNI, 0801-1990-12345",
        "DNI, 0501-1985-00001",
        "DNI, 1811-2000-99999",
        "DNI, 0828-1900-00042",
        "DNI, 0906-1975-01234",
        "RTN, 0801-1990-123456",
        "RTN, 08019995123456",
        "RTN, 05011985000011",
        "RESIDENT_CARD, R1234567",
        "RESIDENT_CARD, 123456789",
        "RESIDENT_CARD, CR0012345",
    })
    void acceptsWellFormedNumbers(String type, String number) {
        assertThat(catalog.check("HN", type, number).errors()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource({
        "DNI, 0801-1990-1234, invalid_length",
        "DNI, 0801-1990-123456, invalid_length",
        "DNI, 0801-199O-12345, invalid_format",
        "DNI, 0001-1990-12345, invalid_component",
        "DNI, 1901-1990-12345, invalid_component",
        "DNI, 0829-1990-12345, invalid_component",
        "DNI, 0907-1990-12345, invalid_component",
        "DNI, 0800-1990-12345, invalid_component",
        "DNI, 0801-1899-12345, invalid_component",
        "DNI, 0801-2999-12345, invalid_component",
        "RTN, 0801-1990-12345, invalid_length",
        "RTN, 0801-1990-1234567, invalid_length",
        "RTN, 0801-1990-12345X, invalid_format",
        "RESIDENT_CARD, R1, invalid_length",
        "RESIDENT_CARD, R12345678901234567890, invalid_length",
        "RESIDENT_CARD, R-1234/567, invalid_format",
    })
    void rejectsEachFailureWithItsOwnCode(String type, String number, String code) {
        assertThat(catalog.check("HN", type, number).errors())
                .extracting(DocumentProblem::code)
                .containsOnly(code);
    }

    @Test
    void aDniYearOfBirthMayBeTheClocksYearButNotLater() {
        DocumentCatalog in2030 = DocumentCatalog.latinAmerica(Clock.fixed(Instant.parse("2030-12-31T23:59:59Z"), UTC));
        DocumentCatalog in2031 = DocumentCatalog.latinAmerica(Clock.fixed(Instant.parse("2031-01-01T00:00:00Z"), UTC));

        assertThat(in2030.check("HN", "DNI", "0801203000001").errors()).isEmpty();
        assertThat(in2030.check("HN", "DNI", "0801203100001").errors())
                .extracting(DocumentProblem::code)
                .containsOnly("invalid_component");
        assertThat(in2031.check("HN", "DNI", "0801203100001").errors()).isEmpty();
    }

    @Test
    void dniIsShownInItsThreeGroups() {
        var check = catalog.check("HN", "DNI", "0801199012345");

        assertThat(check.number()).isEqualTo("0801199012345");
        assertThat(check.formatted()).isEqualTo("0801-1990-12345");
        assertThat(check.checkDigit()).isNull();
    }

    @Test
    void personalRtnCarriesItsHoldersDni() {
        var check = catalog.check("HN", "RTN", "08011990123456");

        assertThat(check.kind()).isEqualTo(HolderKind.PERSON);
        assertThat(check.sameHolder()).containsExactly(new DocumentRef("HN", "DNI", "0801199012345"));
    }

    @Test
    void rtnThatIsNoDniIsNotTiedToAPerson() {
        var check = catalog.check("HN", "RTN", "08019995123456");

        assertThat(check.valid()).isTrue();
        assertThat(check.kind()).isEqualTo(HolderKind.EITHER);
        assertThat(check.sameHolder()).isEmpty();
    }

    @Test
    void rtnLastDigitIsNeverAnError() {
        for (char last = '0'; last <= '9'; last++) {
            assertThat(catalog.check("HN", "RTN", "0801199012345" + last).errors())
                    .isEmpty();
        }
    }
}
