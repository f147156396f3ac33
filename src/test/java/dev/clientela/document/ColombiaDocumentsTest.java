package dev.clientela.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColombiaDocumentsTest {

    private final DocumentCatalog catalog = DocumentCatalog.latinAmerica(Clock.systemUTC());

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "NIT, 900.123.456-8",
        "NIT, 860034313-7",
        "NIT, 890.903.938-8",
        "NIT, 800197268-4",
        "NIT, 899999034-1",
        "NIT, 79.123.456-0",
        "NIT_FOREIGN, 830114921-1",
        "NIT_FOREIGN, 860007738-9",
        "NIT_FOREIGN, 8909009431",
        "CC, 79.123.456",
        "CC, 1020304050",
        "CC, 52345678",
        "RC, 1020304050",
        "RC, 12345678",
        "RC, 10203040506",
        "TI, 1020304050",
        "TI, 99021512345",
        "TI, 1000123456",
        "NUIP, 1020304050",
        "NUIP, 1234567890",
        "NUIP, 10203040506",
    })
    void acceptsWellFormedNumbers(String type, String number) {
        assertThat(catalog.check("CO", type, number).errors()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource({
        "NIT, 900, invalid_length",
        "NIT, 12345678901234567, invalid_length",
        "NIT, 900123456-X, invalid_format",
        "NIT, 900123456, invalid_check_digit",
        "NIT, 900.123.456-7, invalid_check_digit",
        "NIT_FOREIGN, 860034313-8, invalid_check_digit",
        "NIT_FOREIGN, 86, invalid_length",
        "NIT_FOREIGN, 86003431A-7, invalid_format",
        "CC, 12, invalid_length",
        "CC, 12345678901, invalid_length",
        "CC, 7912345A, invalid_format",
        "RC, 123456, invalid_length",
        "RC, 123456789012, invalid_length",
        "RC, 12345678A, invalid_format",
        "TI, 123456789, invalid_length",
        "TI, 123456789012, invalid_length",
        "TI, 10203040X0, invalid_format",
        "NUIP, 123456789, invalid_length",
        "NUIP, 123456789012, invalid_length",
        "NUIP, 10203040X0, invalid_format",
    })
    void rejectsEachFailureWithItsOwnCode(String type, String number, String code) {
        assertThat(catalog.check("CO", type, number).errors())
                .extracting(DocumentProblem::code)
                .containsOnly(code);
    }

    @Test
    void nitIsStoredWithItsCheckDigitAndShownWithBoth() {
        var check = catalog.check("CO", "NIT", "900.123.456-8");

        assertThat(check.number()).isEqualTo("9001234568");
        assertThat(check.checkDigit()).isEqualTo("8");
        assertThat(check.formatted()).isEqualTo("900.123.456-8");
        assertThat(check.kind()).isEqualTo(HolderKind.COMPANY);
    }

    @Test
    void baseOnlyReadingComputesTheCheckDigit() {
        var check = catalog.checkBase("CO", "NIT", "900123456");

        assertThat(check.valid()).isTrue();
        assertThat(check.number()).isEqualTo("9001234568");
        assertThat(check.formatted()).isEqualTo("900.123.456-8");
    }

    @Test
    void baseOnlyReadingOfANitWrittenWithItsCheckDigitDoesNotAddAnother() {
        assertThat(catalog.checkBase("CO", "NIT", "900.123.456-8").number()).isEqualTo("9001234568");
        assertThat(catalog.checkBase("CO", "NIT", "900.123.456-7").errors())
                .extracting(DocumentProblem::code)
                .containsExactly(DocumentProblem.INVALID_CHECK_DIGIT);
    }

    @Test
    void baseOnlyReadingOfATypeWithoutCheckDigitIsThePlainReading() {
        assertThat(catalog.checkBase("CO", "CC", "79123456")).isEqualTo(catalog.check("CO", "CC", "79123456"));
    }

    @Test
    void personalNitAndCedulaPointToEachOther() {
        assertThat(catalog.check("CO", "CC", "79.123.456").sameHolder())
                .containsExactly(new DocumentRef("CO", "NIT", "791234560"));
        assertThat(catalog.check("CO", "NIT", "79.123.456-0").sameHolder())
                .containsExactly(new DocumentRef("CO", "CC", "79123456"));
    }

    @Test
    void finalConsumerIsAnonymous() {
        var check = catalog.check("CO", "CC", "222222222222");

        assertThat(check.valid()).isTrue();
        assertThat(check.anonymous()).isTrue();
        assertThat(check.sameHolder()).isEmpty();
    }

    @Test
    void dianCodesNameTheTypes() {
        assertThat(catalog.bySeedCode("CO", "31")).map(DocumentType::code).contains("NIT");
        assertThat(catalog.bySeedCode("CO", "13")).map(DocumentType::code).contains("CC");
        assertThat(catalog.bySeedCode("CO", "50")).map(DocumentType::code).contains("NIT_FOREIGN");
        assertThat(catalog.bySeedCode("CO", "91")).map(DocumentType::code).contains("NUIP");
    }
}
