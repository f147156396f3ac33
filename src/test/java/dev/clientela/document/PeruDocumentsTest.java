package dev.clientela.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeruDocumentsTest {

    private final DocumentCatalog catalog = DocumentCatalog.latinAmerica(Clock.systemUTC());

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "RUC, 20512333797",
        "RUC, 20131312955",
        "RUC, 20100047218",
        "RUC, 20100017491",
        "RUC, 10054148289",
        "DNI, 05414828",
        "DNI, 41234567",
        "DNI, 10203040",
        "CE, 001234567",
        "CE, 000456789",
        "CE, E12345678",
        "PASSPORT, 115123456",
        "PASSPORT, AB1234",
        "PASSPORT, X9876543",
        "DOC_TRIB_NO_DOM, 12345678",
        "DOC_TRIB_NO_DOM, X12",
        "DOC_TRIB_NO_DOM, AB-123-456",
    })
    void acceptsWellFormedNumbers(String type, String number) {
        assertThat(catalog.check("PE", type, number).errors()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource({
        "RUC, 2051233379, invalid_length",
        "RUC, 205123337970, invalid_length",
        "RUC, 2051233379X, invalid_format",
        "RUC, 30512333792, invalid_component",
        "RUC, 20512333798, invalid_check_digit",
        "RUC, 20123456789, invalid_check_digit",
        "DNI, 5414828, invalid_length",
        "DNI, 054148281, invalid_length",
        "DNI, 0541482A, invalid_format",
        "CE, 12345, invalid_length",
        "CE, 1234567890123, invalid_length",
        "CE, 12345/678, invalid_format",
        "PASSPORT, AB, invalid_length",
        "PASSPORT, AB1234567890123456789, invalid_length",
        "PASSPORT, AB_12345, invalid_format",
        "DOC_TRIB_NO_DOM, 1234567890123456, invalid_length",
        "DOC_TRIB_NO_DOM, 12345/6, invalid_format",
        "DOC_TRIB_NO_DOM, 123+456, invalid_format",
    })
    void rejectsEachFailureWithItsOwnCode(String type, String number, String code) {
        assertThat(catalog.check("PE", type, number).errors())
                .extracting(DocumentProblem::code)
                .containsOnly(code);
    }

    @Test
    void companyRucImpliesACompany() {
        assertThat(catalog.check("PE", "RUC", "20512333797").kind()).isEqualTo(HolderKind.COMPANY);
    }

    @Test
    void personalRucImpliesAPersonAndCarriesTheDni() {
        var check = catalog.check("PE", "RUC", "10054148289");

        assertThat(check.kind()).isEqualTo(HolderKind.PERSON);
        assertThat(check.checkDigit()).isEqualTo("9");
        assertThat(check.sameHolder()).containsExactly(new DocumentRef("PE", "DNI", "05414828"));
    }

    @Test
    void dniPointsToTheRucItsHolderWouldHave() {
        assertThat(catalog.check("PE", "DNI", "05414828").sameHolder())
                .containsExactly(new DocumentRef("PE", "RUC", "10054148289"));
    }

    @Test
    void dniKeepsItsLeadingZeros() {
        assertThat(catalog.check("PE", "DNI", " 05414828 ").number()).isEqualTo("05414828");
    }

    @Test
    void variosIsAnAnonymousBuyerAndNeverADuplicate() {
        var check = catalog.check("PE", "DNI", "00000000");

        assertThat(check.valid()).isTrue();
        assertThat(check.anonymous()).isTrue();
        assertThat(check.sameHolder()).isEmpty();
        assertThat(catalog.check("PE", "DOC_TRIB_NO_DOM", "0").anonymous()).isTrue();
    }

    @Test
    void sunatCatalogueCodesNameTheTypes() {
        assertThat(catalog.bySeedCode("PE", "6")).map(DocumentType::code).contains("RUC");
        assertThat(catalog.bySeedCode("PE", "1")).map(DocumentType::code).contains("DNI");
        assertThat(catalog.bySeedCode("PE", "4")).map(DocumentType::code).contains("CE");
        assertThat(catalog.bySeedCode("PE", "7")).map(DocumentType::code).contains("PASSPORT");
        assertThat(catalog.bySeedCode("PE", "0")).map(DocumentType::code).contains("DOC_TRIB_NO_DOM");
        assertThat(catalog.bySeedCode("PE", "h")).map(DocumentType::code).contains("H");
    }
}
