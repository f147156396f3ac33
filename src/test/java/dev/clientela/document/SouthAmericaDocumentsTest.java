package dev.clientela.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SouthAmericaDocumentsTest {

    private final DocumentCatalog catalog = DocumentCatalog.latinAmerica(Clock.systemUTC());

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "AR, CUIT, 20-05536168-2",
        "AR, CUIT, 30-50001091-2",
        "AR, CUIT, 33-69345023-9",
        "AR, CUIL, 20-26756539-3",
        "AR, CUIL, 27-12345678-0",
        "AR, CUIL, 20-05536168-2",
        "AR, DNI, 20.123.456",
        "AR, DNI, 5.536.168",
        "AR, DNI, 26756539",
        "CL, RUT, 76.086.428-5",
        "CL, RUT, 12.345.678-5",
        "CL, RUT, 96.790.240-3",
        "CL, RUT, 60.805.000-0",
        "EC, CI, 1714307103",
        "EC, CI, 0926687856",
        "EC, CI, 1710034065",
        "EC, CI, 1761814464",
        "EC, RUC, 1792060346001",
        "EC, RUC, 0992397535001",
        "EC, RUC, 1760001550001",
        "EC, RUC, 1714307103001",
        "EC, RUC, 1761814464001",
        "BR, CPF, 390.533.447-05",
        "BR, CPF, 111.444.777-35",
        "BR, CPF, 529.982.247-25",
        "BR, CNPJ, 11.222.333/0001-81",
        "BR, CNPJ, 33.000.167/0001-01",
        "BR, CNPJ, 60.701.190/0001-04",
        "BR, CNPJ, 12.ABC.345/01DE-35",
        "PY, RUC, 80028061-0",
        "PY, RUC, 80011620-8",
        "PY, RUC, 1234567-9",
        "PY, CI, 1.234.567",
        "PY, CI, 4567890",
        "PY, CI, 654321",
        "BO, NIT, 1020703023",
        "BO, NIT, 1028627025",
        "BO, NIT, 3655579015",
        "BO, CI, 4567890-1A",
        "BO, CI, 4567890",
        "BO, CI, 12345",
        "VE, RIF, V-11470283-4",
        "VE, RIF, J-30050033-0",
        "VE, RIF, G-20000003-1",
        "VE, CI, V-11.470.283",
        "VE, CI, 11470283",
        "VE, CI, E-81234567",
    })
    void acceptsPublishedNumbers(String country, String type, String number) {
        assertThat(catalog.check(country, type, number).errors()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} {2} is {3}")
    @CsvSource({
        "AR, CUIT, 2005536168, invalid_length",
        "AR, CUIT, 20-0553616A-2, invalid_format",
        "AR, CUIT, 40-05536168-3, invalid_component",
        "AR, CUIT, 20-05536168-3, invalid_check_digit",
        "AR, CUIL, 200553616821, invalid_length",
        "AR, CUIL, 2O-05536168-2, invalid_format",
        "AR, CUIL, 30-50001091-2, invalid_component",
        "AR, CUIL, 20-26756539-4, invalid_check_digit",
        "AR, DNI, 123456, invalid_length",
        "AR, DNI, 123456789, invalid_length",
        "AR, DNI, 2012345A, invalid_format",
        "CL, RUT, 5, invalid_length",
        "CL, RUT, 1234567890, invalid_length",
        "CL, RUT, 12.345.678-X, invalid_format",
        "CL, RUT, 12A45678-5, invalid_format",
        "CL, RUT, 12.345.678-6, invalid_check_digit",
        "EC, CI, 171430710, invalid_length",
        "EC, CI, 171430710A, invalid_format",
        "EC, CI, 2514307103, invalid_component",
        "EC, CI, 1774307100, invalid_component",
        "EC, CI, 1714307104, invalid_check_digit",
        "EC, RUC, 179206034600, invalid_length",
        "EC, RUC, 17920603460A1, invalid_format",
        "EC, RUC, 1792060346000, invalid_component",
        "EC, RUC, 1782060346001, invalid_component",
        "EC, RUC, 1792060345001, invalid_check_digit",
        "EC, RUC, 1714307104001, invalid_check_digit",
        "BR, CPF, 3905334470, invalid_length",
        "BR, CPF, 390.533.447-0A, invalid_format",
        "BR, CPF, 111.111.111-11, invalid_component",
        "BR, CPF, 390.533.447-06, invalid_check_digit",
        "BR, CNPJ, 11.222.333/0001-8, invalid_length",
        "BR, CNPJ, 12.ABC.345/01DE-3A, invalid_format",
        "BR, CNPJ, 12.AB#.345/01DE-35, invalid_format",
        "BR, CNPJ, 00.000.000/0000-00, invalid_component",
        "BR, CNPJ, 11.222.333/0001-82, invalid_check_digit",
        "BR, CNPJ, 12.ABC.345/01DE-36, invalid_check_digit",
        "PY, RUC, 1234, invalid_length",
        "PY, RUC, 8002806A-0, invalid_format",
        "PY, RUC, 80028061-1, invalid_check_digit",
        "PY, CI, 123, invalid_length",
        "PY, CI, 123456789, invalid_length",
        "PY, CI, 12345A7, invalid_format",
        "BO, NIT, 1234, invalid_length",
        "BO, NIT, 1234567890123, invalid_length",
        "BO, NIT, 10207030A3, invalid_format",
        "BO, CI, 123, invalid_length",
        "BO, CI, 12345678901, invalid_length",
        "BO, CI, 4567890-AA, invalid_format",
        "BO, CI, 45X7890, invalid_format",
        "VE, RIF, J-30050033, invalid_length",
        "VE, RIF, J-3005003A-0, invalid_format",
        "VE, RIF, X-30050033-0, invalid_component",
        "VE, RIF, J-30050033-1, invalid_check_digit",
        "VE, CI, V, invalid_length",
        "VE, CI, V-1234567890, invalid_length",
        "VE, CI, X-1234567, invalid_format",
        "VE, CI, V-12A4567, invalid_format",
    })
    void rejectsEachFailureWithItsOwnCode(String country, String type, String number, String code) {
        assertThat(catalog.check(country, type, number).errors())
                .extracting(DocumentProblem::code)
                .containsOnly(code);
    }

    @Test
    void argentinePersonsCuitCarriesTheirDniAndIsTheirCuil() {
        var check = catalog.check("AR", "CUIT", "20-05536168-2");

        assertThat(check.kind()).isEqualTo(HolderKind.PERSON);
        assertThat(check.formatted()).isEqualTo("20-05536168-2");
        assertThat(check.sameHolder())
                .containsExactly(new DocumentRef("AR", "DNI", "5536168"), new DocumentRef("AR", "CUIL", "20055361682"));
        assertThat(catalog.check("AR", "DNI", "05.536.168").number()).isEqualTo("5536168");
    }

    @Test
    void argentineCompanyCuitImpliesACompany() {
        assertThat(catalog.check("AR", "CUIT", "30-50001091-2").kind()).isEqualTo(HolderKind.COMPANY);
    }

    @Test
    void chileanRutTellsPersonsFromCompaniesAndAcceptsK() {
        assertThat(catalog.check("CL", "RUT", "12.345.678-5").kind()).isEqualTo(HolderKind.PERSON);
        assertThat(catalog.check("CL", "RUT", "76.086.428-5").kind()).isEqualTo(HolderKind.COMPANY);
        var withK = catalog.check("CL", "RUT", "1000005-k");
        assertThat(withK.valid()).isTrue();
        assertThat(withK.formatted()).isEqualTo("1.000.005-K");
    }

    @Test
    void chileanAnonymousBuyerIsRecognised() {
        var check = catalog.check("CL", "RUT", "66.666.666-6");

        assertThat(check.anonymous()).isTrue();
        assertThat(check.valid()).isTrue();
    }

    @Test
    void ecuadorianCedulaAndPersonalRucPointToEachOther() {
        assertThat(catalog.check("EC", "CI", "1714307103").sameHolder())
                .containsExactly(new DocumentRef("EC", "RUC", "1714307103001"));
        var ruc = catalog.check("EC", "RUC", "1714307103001");
        assertThat(ruc.kind()).isEqualTo(HolderKind.PERSON);
        assertThat(ruc.sameHolder()).containsExactly(new DocumentRef("EC", "CI", "1714307103"));
        assertThat(catalog.check("EC", "RUC", "1792060346001").kind()).isEqualTo(HolderKind.COMPANY);
    }

    @Test
    void ecuadorianRucWithThirdDigitSixIsAPublicBodyOrAPersonWhoseCedulaHasASix() {
        var publicBody = catalog.check("EC", "RUC", "1760001550001");
        assertThat(publicBody.kind()).isEqualTo(HolderKind.COMPANY);
        assertThat(publicBody.sameHolder()).isEmpty();

        var person = catalog.check("EC", "RUC", "1761814464001");
        assertThat(person.valid()).isTrue();
        assertThat(person.kind()).isEqualTo(HolderKind.PERSON);
        assertThat(person.sameHolder()).containsExactly(new DocumentRef("EC", "CI", "1761814464"));
    }

    @Test
    void ecuadorianFinalConsumerIsAnonymous() {
        var check = catalog.check("EC", "RUC", "9999999999999");

        assertThat(check.anonymous()).isTrue();
        assertThat(check.errors()).isEmpty();
    }

    @Test
    void alphanumericCnpjIsShownLikeTheNumericOne() {
        var check = catalog.check("BR", "CNPJ", "12abc34501de35");

        assertThat(check.number()).isEqualTo("12ABC34501DE35");
        assertThat(check.formatted()).isEqualTo("12.ABC.345/01DE-35");
        assertThat(check.checkDigit()).isEqualTo("35");
    }

    @Test
    void paraguayanCedulaAndPersonalRucPointToEachOther() {
        assertThat(catalog.check("PY", "CI", "1.234.567").sameHolder())
                .containsExactly(new DocumentRef("PY", "RUC", "12345679"));
        assertThat(catalog.check("PY", "RUC", "1234567-9").sameHolder())
                .containsExactly(new DocumentRef("PY", "CI", "1234567"));
        assertThat(catalog.check("PY", "RUC", "80028061-0").kind()).isEqualTo(HolderKind.COMPANY);
    }

    @Test
    void venezuelanCedulaAndPersonalRifPointToEachOther() {
        assertThat(catalog.check("VE", "CI", "11470283").sameHolder())
                .containsExactly(new DocumentRef("VE", "RIF", "V114702834"));
        assertThat(catalog.check("VE", "RIF", "V-11470283-4").sameHolder())
                .containsExactly(new DocumentRef("VE", "CI", "V11470283"));
        assertThat(catalog.check("VE", "RIF", "J-30050033-0").kind()).isEqualTo(HolderKind.COMPANY);
    }
}
