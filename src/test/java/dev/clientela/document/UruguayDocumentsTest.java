package dev.clientela.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UruguayDocumentsTest {

    private final DocumentCatalog catalog = DocumentCatalog.latinAmerica(Clock.systemUTC());

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "RUT, 21-100342-001-7",
        "RUT, 210475730011",
        "RUT, 214844360018",
        "RUT, 210003010015",
        "CI, 1.234.567-2",
        "CI, 4.567.890-5",
        "CI, 3456789-4",
        "CI, 987.654-9",
        "DNI_FOREIGN, 20123456",
        "DNI_FOREIGN, 12345678K",
        "DNI_FOREIGN, 390533447",
        "NIFE, ESX1234567",
        "NIFE, 123456789",
        "NIFE, B12345678",
        "OTHER, X1234567",
        "OTHER, 123",
        "OTHER, ABCDEFGHIJ1234567890",
    })
    void acceptsWellFormedNumbers(String type, String number) {
        assertThat(catalog.check("UY", type, number).errors()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource({
        "RUT, 21100342001, invalid_length",
        "RUT, 2110034200177, invalid_length",
        "RUT, 21100342001A, invalid_format",
        "RUT, 231003420011, invalid_component",
        "RUT, 000000000000, invalid_component",
        "RUT, 210000000019, invalid_component",
        "RUT, 211003420025, invalid_component",
        "RUT, 211003420018, invalid_check_digit",
        "RUT, 020160180019, invalid_check_digit",
        "CI, 12345, invalid_length",
        "CI, 123456789, invalid_length",
        "CI, 1.234.56A-2, invalid_format",
        "CI, 1.234.567-3, invalid_check_digit",
        "DNI_FOREIGN, 12, invalid_length",
        "DNI_FOREIGN, 123456789012345678901, invalid_length",
        "DNI_FOREIGN, 1234/5678, invalid_format",
        "NIFE, X, invalid_length",
        "NIFE, 123456789012345678901, invalid_length",
        "NIFE, ES_123456, invalid_format",
        "OTHER, AB, invalid_length",
        "OTHER, 123456789012345678901, invalid_length",
        "OTHER, 12*34, invalid_format",
    })
    void rejectsEachFailureWithItsOwnCode(String type, String number, String code) {
        assertThat(catalog.check("UY", type, number).errors())
                .extracting(DocumentProblem::code)
                .containsOnly(code);
    }

    @Test
    void seedExampleRutIsRefusedForItsCheckDigit() {
        assertThat(catalog.check("UY", "RUT", "219900005018").errors())
                .extracting(DocumentProblem::code)
                .contains(DocumentProblem.INVALID_CHECK_DIGIT);
    }

    @Test
    void rutIsShownInItsRegistrationGroups() {
        var check = catalog.check("UY", "RUT", "211003420017");

        assertThat(check.formatted()).isEqualTo("21-100342-001-7");
        assertThat(check.checkDigit()).isEqualTo("7");
    }

    @Test
    void ciWithAShortBodyIsPaddedForStorageOnly() {
        var check = catalog.check("UY", "CI", "987.654-9");

        assertThat(check.number()).isEqualTo("09876549");
        assertThat(check.formatted()).isEqualTo("987.654-9");
        assertThat(catalog.check("UY", "CI", "0.987.654-9").number()).isEqualTo("09876549");
    }

    @Test
    void dgiReceiverTypesNameTheTypes() {
        assertThat(catalog.bySeedCode("UY", "2")).map(DocumentType::code).contains("RUT");
        assertThat(catalog.bySeedCode("UY", "3")).map(DocumentType::code).contains("CI");
        assertThat(catalog.bySeedCode("UY", "4")).map(DocumentType::code).contains("OTHER");
        assertThat(catalog.bySeedCode("UY", "5")).map(DocumentType::code).contains("PASSPORT");
        assertThat(catalog.bySeedCode("UY", "6")).map(DocumentType::code).contains("DNI_FOREIGN");
        assertThat(catalog.bySeedCode("UY", "7")).map(DocumentType::code).contains("NIFE");
    }
}
