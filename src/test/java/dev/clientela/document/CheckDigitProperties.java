package dev.clientela.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class CheckDigitProperties {

    private static final DocumentCatalog catalog = DocumentCatalog.latinAmerica(Clock.systemUTC());

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

    @Property
    void appendingTheComputedCheckDigitValidates(@ForAll("anyAlgorithm") Sample sample) {
        var check = catalog.check(sample.country(), sample.type(), sample.number());

        assertThat(check.errors()).isEmpty();
        assertThat(check.number()).isEqualTo(sample.number());
    }

    @Property
    void changingTheCheckDigitIsAlwaysCaught(
            @ForAll("anyAlgorithm") Sample sample, @ForAll @IntRange(min = 1, max = 10) int shift) {
        String changed = replace(sample.number(), sample.checkAt(), sample.checkCharacters(), shift);
        Assume.that(!changed.equals(sample.number()));

        assertThat(codes(sample, changed)).contains(DocumentProblem.INVALID_CHECK_DIGIT);
    }

    /**
     * Where every weight is prime to the modulus and each remainder has its own check character. Not so for Peru's
     * RUC or Colombia's NIT (two remainders share a digit), nor Brazil's CPF (33357261200 and 43357261200 both pass).
     */
    @Property
    void changingAnyOneDigitIsCaughtWhereTheAlgorithmGuaranteesIt(
            @ForAll("singleErrorDetecting") Sample sample,
            @ForAll @IntRange(min = 0, max = 20) int position,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        int at = position % sample.number().length();
        Assume.that(Character.isDigit(sample.number().charAt(at)));
        String changed = replace(sample.number(), at, "0123456789", shift);

        assertThat(catalog.check(sample.country(), sample.type(), changed).valid())
                .as("%s changed to %s", sample.number(), changed)
                .isFalse();
    }

    @Property
    void colombianNitBaseReadingAgreesWithTheFullNumber(@ForAll("colombianNits") Sample sample) {
        String base = sample.number().substring(0, sample.checkAt());

        assertThat(catalog.checkBase("CO", "NIT", base)).isEqualTo(catalog.check("CO", "NIT", sample.number()));
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

    @Provide
    Arbitrary<Sample> anyAlgorithm() {
        return Arbitraries.oneOf(
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

    @Provide
    Arbitrary<Sample> singleErrorDetecting() {
        return Arbitraries.oneOf(
                uruguayanRuts(), chileanRuts(), ecuadorianCedulas(), dominicanCedulas(), guatemalanNits());
    }

    private static Arbitrary<String> digits(int min, int max) {
        return Arbitraries.strings().numeric().ofMinLength(min).ofMaxLength(max);
    }

    Arbitrary<Sample> peruvianRucs() {
        return Combinators.combine(Arbitraries.of("10", "15", "17", "20"), digits(8, 8))
                .as((prefix, rest) -> prefix + rest)
                .map(base -> new Sample("PE", "RUC", base + PeruRuc.checkDigit(base), 10));
    }

    @Provide
    Arbitrary<Sample> colombianNits() {
        return digits(3, 15).map(base -> new Sample("CO", "NIT", base + ColombiaNit.checkDigit(base), base.length()));
    }

    Arbitrary<Sample> uruguayanRuts() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 22),
                        Arbitraries.integers().between(1, 999_999))
                .as((office, sequence) -> String.format("%02d%06d001", office, sequence))
                .filter(base -> UruguayRut.checkDigit(base) != null)
                .map(base -> new Sample("UY", "RUT", base + UruguayRut.checkDigit(base), 11));
    }

    Arbitrary<Sample> uruguayanCedulas() {
        return Arbitraries.integers().between(100_000, 9_999_999).map(body -> {
            String padded = String.format("%07d", body);
            return new Sample("UY", "CI", padded + UruguayCi.checkDigit(padded), 7);
        });
    }

    Arbitrary<Sample> chileanRuts() {
        return Arbitraries.integers()
                .between(1_000_000, 99_999_999)
                .map(String::valueOf)
                .map(body -> new Sample("CL", "RUT", body + ChileRut.checkDigit(body), body.length()));
    }

    Arbitrary<Sample> argentineCuits() {
        return Combinators.combine(Arbitraries.of("20", "23", "24", "27", "30", "33", "34"), digits(8, 8))
                .as((prefix, rest) -> prefix + rest)
                .map(base -> new Sample("AR", "CUIT", base + ArgentinaCuit.checkDigit(base), 10));
    }

    Arbitrary<Sample> ecuadorianCedulas() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 24),
                        Arbitraries.integers().between(0, 5),
                        digits(6, 6))
                .as((province, third, rest) -> String.format("%02d%d%s", province, third, rest))
                .map(base -> new Sample("EC", "CI", base + EcuadorCi.checkDigit(base + "0"), 9));
    }

    Arbitrary<Sample> brazilianCpfs() {
        return digits(9, 9)
                .filter(base -> !BrazilCpf.allEqual(base))
                .map(base -> new Sample("BR", "CPF", base + BrazilCpf.checkDigits(base), 10));
    }

    Arbitrary<Sample> brazilianCnpjs() {
        return Arbitraries.strings()
                .withChars("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
                .ofLength(12)
                .filter(base -> !BrazilCpf.allEqual(base))
                .map(base -> new Sample("BR", "CNPJ", base + BrazilCnpj.checkDigits(base), 13));
    }

    Arbitrary<Sample> dominicanCedulas() {
        return digits(10, 10).map(base -> new Sample("DO", "CEDULA", base + DominicanCedula.checkDigit(base), 10));
    }

    Arbitrary<Sample> guatemalanNits() {
        return Arbitraries.integers()
                .between(1, 99_999_999)
                .map(String::valueOf)
                .map(body -> new Sample("GT", "NIT", body + GuatemalaNit.checkDigit(body), body.length()));
    }

    Arbitrary<Sample> paraguayanRucs() {
        return Arbitraries.integers()
                .between(1000, 89_999_999)
                .map(String::valueOf)
                .map(base -> new Sample("PY", "RUC", base + ParaguayRuc.checkDigit(base), base.length()));
    }

    Arbitrary<Sample> venezuelanRifs() {
        return Combinators.combine(Arbitraries.of("V", "E", "J", "P", "G"), digits(8, 8))
                .as((letter, digits) -> letter + digits)
                .map(base -> new Sample("VE", "RIF", base + VenezuelaRif.checkDigit(base), 9));
    }
}
