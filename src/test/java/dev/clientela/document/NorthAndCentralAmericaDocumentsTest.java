package dev.clientela.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NorthAndCentralAmericaDocumentsTest {

    private final DocumentCatalog catalog = DocumentCatalog.latinAmerica(Clock.systemUTC());

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "MX, RFC, GODE561231GR8",
        "MX, RFC, MAB930714 8T4",
        "MX, RFC, SAT970701NN3",
        "MX, RFC, IMS421231I45",
        "MX, CURP, BOXW310820HNERXN09",
        "MX, CURP, HEGG560427MVZRRL04",
        "MX, CURP, MAAR790213HMNRLF03",
        "MX, CURP, HEGG000229MVZRRLA6",
        "GT, NIT, 576937-K",
        "GT, NIT, 7108-0",
        "GT, NIT, 39525503",
        "GT, CUI, 2543 56788 0101",
        "GT, CUI, 1234567890101",
        "GT, CUI, 2468101221333",
        "CR, CEDULA_FISICA, 1-0234-0567",
        "CR, CEDULA_FISICA, 1-234-567",
        "CR, CEDULA_FISICA, 702340567",
        "CR, CEDULA_FISICA, 01-0234-0567",
        "CR, CEDULA_JURIDICA, 3-101-123456",
        "CR, CEDULA_JURIDICA, 3-002-045678",
        "CR, CEDULA_JURIDICA, 4-000-042138",
        "CR, CEDULA_JURIDICA, 2-100-042150",
        "CR, CEDULA_JURIDICA, 5-001-042003",
        "CR, DIMEX, 155812345678",
        "CR, DIMEX, 12345678901",
        "CR, DIMEX, 186200012345",
        "DO, CEDULA, 001-1391820-5",
        "DO, CEDULA, 402-0040119-4",
        "DO, CEDULA, 224-0002211-1",
        "DO, RNC, 1-01-85004-3",
        "DO, RNC, 1-31-24679-6",
        "DO, RNC, 4-01-00755-1",
        "SV, NIT, 0614-050707-104-8",
        "SV, NIT, 0614-280390-112-1",
        "SV, NIT, 1210-130476-101-2",
        "SV, NIT, 00016297-5",
        "SV, DUI, 00016297-5",
        "SV, DUI, 01234567-8",
        "SV, DUI, 05551234-5",
        "PA, RUC, 155596713-2-2015",
        "PA, RUC, 2588017-1-831938",
        "PA, RUC, 8-123-4567",
        "PA, CEDULA, 8-123-4567",
        "PA, CEDULA, PE-12-345",
        "PA, CEDULA, 8-AV-12-345",
        "PA, CEDULA, E-8-123456",
        "PA, CEDULA, N-19-1234",
    })
    void acceptsPublishedNumbers(String country, String type, String number) {
        assertThat(catalog.check(country, type, number).errors()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} {2} is {3}")
    @CsvSource({
        "MX, RFC, GODE561231G, invalid_length",
        "MX, RFC, GODE561231GR89, invalid_length",
        "MX, RFC, GOD1561231GR8, invalid_format",
        "MX, RFC, GODE5612A1GR8, invalid_format",
        "MX, RFC, GODE561331GR8, invalid_component",
        "MX, RFC, GODE010229GR8, invalid_component",
        "MX, RFC, PUTO561231GR8, invalid_component",
        "MX, CURP, HEGG560427MVZRRL0, invalid_length",
        "MX, CURP, HEGG56042AMVZRRL04, invalid_format",
        "MX, CURP, HEGG561327MVZRRL03, invalid_component",
        "MX, CURP, HEGG560427MXXRRL02, invalid_component",
        "MX, CURP, HEGG560427ZVZRRL02, invalid_component",
        "MX, CURP, HEGG560427MVZRRL05, invalid_check_digit",
        "MX, CURP, HEGG000229MVZRRL06, invalid_component",
        "MX, CURP, PUTO560427MVZRRL04, invalid_component",
        "GT, NIT, 5, invalid_length",
        "GT, NIT, 57693A-K, invalid_format",
        "GT, NIT, 576937-X, invalid_format",
        "GT, NIT, 576937-1, invalid_check_digit",
        "GT, CUI, 254356788010, invalid_length",
        "GT, CUI, 25435678801A1, invalid_format",
        "GT, CUI, 2543567882301, invalid_component",
        "GT, CUI, 2543567880118, invalid_component",
        "GT, CUI, 2543567870101, invalid_check_digit",
        "GT, CUI, 1765432100101, invalid_check_digit",
        "CR, CEDULA_FISICA, 10234056, invalid_length",
        "CR, CEDULA_FISICA, 1-0234-056A, invalid_format",
        "CR, CEDULA_FISICA, 002340567, invalid_component",
        "CR, CEDULA_JURIDICA, 3-101-12345, invalid_length",
        "CR, CEDULA_JURIDICA, 3-101-12345A, invalid_format",
        "CR, CEDULA_JURIDICA, 1-101-123456, invalid_component",
        "CR, CEDULA_JURIDICA, 3-534-123559, invalid_component",
        "CR, CEDULA_JURIDICA, 2-500-123456, invalid_component",
        "CR, DIMEX, 1558123456, invalid_length",
        "CR, DIMEX, 15581234567A, invalid_format",
        "CR, DIMEX, 255812345678, invalid_component",
        "DO, CEDULA, 001-1391820, invalid_length",
        "DO, CEDULA, 001-139182O-5, invalid_format",
        "DO, CEDULA, 001-1391820-6, invalid_check_digit",
        "DO, RNC, 1-01-85004, invalid_length",
        "DO, RNC, 1-01-8500A-3, invalid_format",
        "DO, RNC, 1-01-85004-4, invalid_check_digit",
        "SV, NIT, 0614-050707-104, invalid_length",
        "SV, NIT, 0614-050707-104-A, invalid_format",
        "SV, NIT, 2614-050707-104-4, invalid_component",
        "SV, NIT, 0614-320707-104-5, invalid_component",
        "SV, NIT, 0614-050707-104-9, invalid_check_digit",
        "SV, NIT, 00016297-6, invalid_check_digit",
        "SV, DUI, 0001629-5, invalid_length",
        "SV, DUI, 0001629A-5, invalid_format",
        "SV, DUI, 00016297-6, invalid_check_digit",
        "PA, RUC, 1-2, invalid_length",
        "PA, RUC, ABC-DEF, invalid_format",
        "PA, RUC, 155596713-2-2015-1, invalid_format",
        "PA, CEDULA, 8-1, invalid_length",
        "PA, CEDULA, 8-12345-1, invalid_format",
        "PA, CEDULA, 14-123-4567, invalid_component",
        "PA, CEDULA, X-12-345, invalid_component",
    })
    void rejectsEachFailureWithItsOwnCode(String country, String type, String number, String code) {
        assertThat(catalog.check(country, type, number).errors())
                .extracting(DocumentProblem::code)
                .containsOnly(code);
    }

    @Test
    void rfcWhoseCheckDigitDisagreesIsOnlyWarnedAbout() {
        var check = catalog.check("MX", "RFC", "GODE561231GR9");

        assertThat(check.valid()).isTrue();
        assertThat(check.warnings())
                .extracting(DocumentProblem::code)
                .containsExactly(DocumentProblem.UNOFFICIAL_CHECK_DIGIT);
    }

    @Test
    void rfcLengthTellsCompaniesFromPersons() {
        assertThat(catalog.check("MX", "RFC", "SAT970701NN3").kind()).isEqualTo(HolderKind.COMPANY);
        assertThat(catalog.check("MX", "RFC", "GODE561231GR8").kind()).isEqualTo(HolderKind.PERSON);
    }

    @Test
    void rfcKeepsTheSpanishLetters() {
        var check = catalog.check("MX", "RFC", "ñ&o-840101-ab1");

        assertThat(check.number()).isEqualTo("Ñ&O840101AB1");
        assertThat(check.errors()).isEmpty();
    }

    @Test
    void mexicanGeneralPublicRfcIsAnonymousThoughItsCheckDigitFails() {
        var check = catalog.check("MX", "RFC", "XAXX010101000");

        assertThat(check.anonymous()).isTrue();
        assertThat(check.errors()).isEmpty();
        assertThat(check.warnings()).isEmpty();
    }

    @Test
    void guatemalanFinalConsumerIsAnonymous() {
        var check = catalog.check("GT", "NIT", "c.f.");

        assertThat(check.anonymous()).isTrue();
        assertThat(check.valid()).isTrue();
        assertThat(check.number()).isEqualTo("CF");
    }

    @Test
    void costaRicanCedulaTypedShortIsPaddedToItsNineDigits() {
        var check = catalog.check("CR", "CEDULA_FISICA", "1-234-567");

        assertThat(check.number()).isEqualTo("102340567");
        assertThat(check.formatted()).isEqualTo("1-0234-0567");
    }

    @Test
    void salvadoranDuiServesAsNit() {
        assertThat(catalog.check("SV", "DUI", "00016297-5").sameHolder())
                .containsExactly(new DocumentRef("SV", "NIT", "000162975"));
        assertThat(catalog.check("SV", "NIT", "000162975").sameHolder())
                .containsExactly(new DocumentRef("SV", "DUI", "000162975"));
    }

    @Test
    void panamanianCedulaKeepsItsDashesAndLosesItsPadding() {
        var check = catalog.check("PA", "CEDULA", "8-AV-012-00345");

        assertThat(check.number()).isEqualTo("8AV-12-345");
        assertThat(catalog.check("PA", "RUC", "8-0123-4567").sameHolder())
                .containsExactly(new DocumentRef("PA", "CEDULA", "8-123-4567"));
    }
}
