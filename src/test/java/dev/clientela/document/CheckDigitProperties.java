package dev.clientela.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.Generate.oneOf;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.clientela.support.Seed;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CheckDigitProperties {

    private static final DocumentCatalog catalog = DocumentCatalog.latinAmerica(Clock.systemUTC());
    private static final Seed seed = Seed.forRun(CheckDigitProperties.class);

    /** A number completed with its computed check digit, which sits at {@code checkAt}. */
    record Sample(String country, String type, String number, int checkAt) {
        /** Chile and Guatemala write a remainder of 10 as K. */
        String checkCharacters() {
            return country.equals("CL") || country.equals("GT") ? "0123456789K" : "0123456789";
        }

        @Override
        public String toString() {
            return country + " " + type + " " + number;
        }
    }

    @Test
    void appendingTheComputedCheckDigitValidates() {
        seed.theory(1000).forAll(anyAlgorithm()).checkAssert(sample -> {
            var check = catalog.check(sample.country(), sample.type(), sample.number());

            assertThat(check.errors()).isEmpty();
            assertThat(check.number()).isEqualTo(sample.number());
        });
    }

    @Test
    void changingTheCheckDigitIsAlwaysCaught() {
        seed.theory(1000).forAll(anyAlgorithm(), integers().between(1, 10)).checkAssert((sample, shift) -> {
            String changed = replace(sample.number(), sample.checkAt(), sample.checkCharacters(), shift);
            if (changed.equals(sample.number())) {
                return; // a shift the length of the alphabet changes nothing
            }

            assertThat(codes(sample, changed)).contains(DocumentProblem.INVALID_CHECK_DIGIT);
        });
    }

    /**
     * Where every weight is prime to the modulus and each remainder has its own check character. Not so for Peru's
     * RUC or Colombia's NIT (two remainders share a digit), nor Brazil's CPF (33357261200 and 43357261200 both pass).
     */
    @Test
    void changingAnyOneDigitIsCaughtWhereTheAlgorithmGuaranteesIt() {
        seed.theory(1000)
                .forAll(
                        singleErrorDetecting(),
                        integers().between(0, 20),
                        integers().between(1, 9))
                .checkAssert((sample, position, shift) -> {
                    int at = position % sample.number().length();
                    if (!Character.isDigit(sample.number().charAt(at))) {
                        return; // a K check character is no digit to change
                    }
                    String changed = replace(sample.number(), at, "0123456789", shift);

                    assertThat(catalog.check(sample.country(), sample.type(), changed)
                                    .valid())
                            .as("%s changed to %s", sample.number(), changed)
                            .isFalse();
                });
    }

    @Test
    void colombianNitBaseReadingAgreesWithTheFullNumber() {
        seed.theory(1000).forAll(colombianNits()).checkAssert(sample -> {
            String base = sample.number().substring(0, sample.checkAt());

            assertThat(catalog.checkBase("CO", "NIT", base)).isEqualTo(catalog.check("CO", "NIT", sample.number()));
        });
    }

    private static String replace(String number, int at, String alphabet, int shift) {
        int index = alphabet.indexOf(number.charAt(at));
        char replacement = alphabet.charAt((index + shift) % alphabet.length());
        return number.substring(0, at) + replacement + number.substring(at + 1);
    }

    private static List<String> codes(Sample sample, String number) {
        return catalog.check(sample.country(), sample.type(), number).errors().stream()
                .map(DocumentProblem::code)
                .toList();
    }

    private static Gen<Sample> anyAlgorithm() {
        return oneOf(
                peruvianRucs(),
                colombianNits(),
                uruguayanRuts(),
                uruguayanCedulas(),
                chileanRuts(),
                argentineCuits(),
                ecuadorianCedulas(),
                brazilianCpfs(),
                brazilianCnpjs(),
                dominicanCedulas(),
                guatemalanNits(),
                paraguayanRucs(),
                venezuelanRifs());
    }

    private static Gen<Sample> singleErrorDetecting() {
        return oneOf(uruguayanRuts(), chileanRuts(), ecuadorianCedulas(), dominicanCedulas(), guatemalanNits());
    }

    private static Gen<String> digits(int min, int max) {
        return strings().betweenCodePoints('0', '9').ofLengthBetween(min, max);
    }

    private static Gen<String> charactersOf(String alphabet, int length) {
        List<Character> characters = alphabet.chars().mapToObj(c -> (char) c).toList();
        return lists().of(pick(characters))
                .ofSize(length)
                .map(chosen -> chosen.stream().map(String::valueOf).collect(Collectors.joining()));
    }

    private static Gen<Sample> peruvianRucs() {
        return pick(List.of("10", "15", "17", "20"))
                .zip(digits(8, 8), String::concat)
                .map(base -> new Sample("PE", "RUC", base + PeruRuc.checkDigit(base), 10));
    }

    private static Gen<Sample> colombianNits() {
        return digits(3, 15).map(base -> new Sample("CO", "NIT", base + ColombiaNit.checkDigit(base), base.length()));
    }

    private static Gen<Sample> uruguayanRuts() {
        return integers()
                .between(1, 22)
                .zip(
                        integers().between(1, 999_999),
                        (office, sequence) -> String.format("%02d%06d001", office, sequence))
                .assuming(base -> UruguayRut.checkDigit(base) != null)
                .map(base -> new Sample("UY", "RUT", base + UruguayRut.checkDigit(base), 11));
    }

    private static Gen<Sample> uruguayanCedulas() {
        return integers().between(100_000, 9_999_999).map(body -> {
            String padded = String.format("%07d", body);
            return new Sample("UY", "CI", padded + UruguayCi.checkDigit(padded), 7);
        });
    }

    private static Gen<Sample> chileanRuts() {
        return integers()
                .between(1_000_000, 99_999_999)
                .map(n -> Integer.toString(n))
                .map(body -> new Sample("CL", "RUT", body + ChileRut.checkDigit(body), body.length()));
    }

    private static Gen<Sample> argentineCuits() {
        return pick(List.of("20", "23", "24", "27", "30", "33", "34"))
                .zip(digits(8, 8), String::concat)
                .map(base -> new Sample("AR", "CUIT", base + ArgentinaCuit.checkDigit(base), 10));
    }

    private static Gen<Sample> ecuadorianCedulas() {
        return integers()
                .between(1, 24)
                .zip(
                        integers().between(0, 5),
                        digits(6, 6),
                        (province, third, rest) -> String.format("%02d%d%s", province, third, rest))
                .map(base -> new Sample("EC", "CI", base + EcuadorCi.checkDigit(base + "0"), 9));
    }

    private static Gen<Sample> brazilianCpfs() {
        return digits(9, 9)
                .assuming(base -> !BrazilCpf.allEqual(base))
                .map(base -> new Sample("BR", "CPF", base + BrazilCpf.checkDigits(base), 10));
    }

    private static Gen<Sample> brazilianCnpjs() {
        return charactersOf("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", 12)
                .assuming(base -> !BrazilCpf.allEqual(base))
                .map(base -> new Sample("BR", "CNPJ", base + BrazilCnpj.checkDigits(base), 13));
    }

    private static Gen<Sample> dominicanCedulas() {
        return digits(10, 10).map(base -> new Sample("DO", "CEDULA", base + DominicanCedula.checkDigit(base), 10));
    }

    private static Gen<Sample> guatemalanNits() {
        return integers()
                .between(1, 99_999_999)
                .map(n -> Integer.toString(n))
                .map(body -> new Sample("GT", "NIT", body + GuatemalaNit.checkDigit(body), body.length()));
    }

    private static Gen<Sample> paraguayanRucs() {
        return integers()
                .between(1000, 89_999_999)
                .map(n -> Integer.toString(n))
                .map(base -> new Sample("PY", "RUC", base + ParaguayRuc.checkDigit(base), base.length()));
    }

    private static Gen<Sample> venezuelanRifs() {
        return pick(List.of("V", "E", "J", "P", "G"))
                .zip(digits(8, 8), String::concat)
                .map(base -> new Sample("VE", "RIF", base + VenezuelaRif.checkDigit(base), 9));
    }
}
