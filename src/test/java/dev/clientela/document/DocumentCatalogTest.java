package dev.clientela.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentCatalogTest {

    private static final DocumentCatalog catalog = DocumentCatalog.latinAmerica(Clock.systemUTC());

    static Stream<DocumentType> everyType() {
        return catalog.countries().stream().flatMap(country -> catalog.types(country).stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyType")
    void everyExampleIsValidAndAlreadyFormatted(DocumentType type) {
        var check = catalog.check(type.country(), type.code(), type.example());

        assertThat(check.errors()).isEmpty();
        assertThat(check.formatted()).isEqualTo(type.example());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyType")
    void everyTypeCodeIsOursUpperCaseAndFoundAgain(DocumentType type) {
        assertThat(type.code()).matches("[A-Z][A-Z_]*");
        assertThat(catalog.type(type.country(), type.code().toLowerCase())).contains(type);
        if (type.authorityCode() != null) {
            assertThat(catalog.bySeedCode(type.country(), type.authorityCode())).contains(type);
        }
    }

    @Test
    void everyCountryAcceptsPassportsAndOtherDocuments() {
        assertThat(catalog.countries())
                .allSatisfy(country -> assertThat(catalog.types(country))
                        .extracting(DocumentType::code)
                        .contains("PASSPORT", "OTHER"));
    }

    @Test
    void countriesAreIsoCodes() {
        assertThat(catalog.countries()).allMatch(country -> country.matches("[A-Z]{2}"));
    }

    @Test
    void unknownCountryHasNoTypes() {
        assertThat(catalog.types("XX")).isEmpty();
        assertThat(catalog.type("XX", "DNI")).isEmpty();
        assertThat(catalog.bySeedCode("XX", "1")).isEmpty();
    }

    @Test
    void checkingAnUnknownTypeIsAProgrammingError() {
        assertThatThrownBy(() -> catalog.check("PE", "NIT", "900123456"))
                .isInstanceOf(UnknownDocumentType.class)
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> catalog.check("XX", "DNI", "1")).isInstanceOf(UnknownDocumentType.class);
    }

    @Test
    void countryAndTypeAreReadWhateverTheirCase() {
        assertThat(catalog.check("pe", "ruc", "20512333797").valid()).isTrue();
    }
}
