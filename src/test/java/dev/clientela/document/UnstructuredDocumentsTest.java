package dev.clientela.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Passports, foreigners' documents and the like: letters and digits, nothing more to check. */
class UnstructuredDocumentsTest {

    private static final DocumentCatalog catalog = DocumentCatalog.latinAmerica(Clock.systemUTC());

    static Stream<Arguments> unstructuredTypes() {
        Stream<Arguments> everywhere = catalog.countries().stream()
                .flatMap(country -> Stream.of(Arguments.of(country, "PASSPORT"), Arguments.of(country, "OTHER")));
        Stream<Arguments> local = Stream.of(
                        "PE DOC_TRIB_NO_DOM",
                        "PE A",
                        "PE B",
                        "PE C",
                        "PE D",
                        "PE E",
                        "PE F",
                        "PE G",
                        "PE H",
                        "CO TE",
                        "CO CE",
                        "CO DIE",
                        "CO PEP",
                        "CO PPT",
                        "UY DNI_FOREIGN",
                        "UY NIFE",
                        "HN RESIDENT_CARD")
                .map(type -> Arguments.of((Object[]) type.split(" ")));
        return Stream.concat(everywhere, local);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("unstructuredTypes")
    void acceptsLettersAndDigitsWhateverTheSeparators(String country, String type) {
        assertThat(catalog.check(country, type, "AB123456").errors()).isEmpty();
        assertThat(catalog.check(country, type, "123 456 789").errors()).isEmpty();
        assertThat(catalog.check(country, type, "x9-y8.z7").errors()).isEmpty();
        assertThat(catalog.check(country, type, "x9-y8.z7").number()).isEqualTo("X9Y8Z7");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("unstructuredTypes")
    void rejectsMissingOverlongAndPunctuatedNumbers(String country, String type) {
        assertThat(codes(country, type, "")).containsOnly(DocumentProblem.INVALID_LENGTH);
        assertThat(codes(country, type, "A".repeat(21))).containsOnly(DocumentProblem.INVALID_LENGTH);
        assertThat(codes(country, type, "AB/12345")).containsOnly(DocumentProblem.INVALID_FORMAT);
    }

    private static Stream<String> codes(String country, String type, String number) {
        return catalog.check(country, type, number).errors().stream().map(DocumentProblem::code);
    }
}
