package dev.clientela.document;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where our catalogue and python-stdnum knowingly read a number differently, each with the authority's reason and
 * one example. A disagreement is excused only by one of these, and only in the direction it names.
 */
final class DeliberateDifferences {

    /** One number read by both sides. */
    record Reading(String country, String type, String written, DocumentCheck ours, Stdnum.Verdict theirs) {

        boolean agree() {
            return ours.valid() == theirs.valid()
                    && (!ours.valid() || ours.number().equals(theirs.compact()));
        }

        String compact() {
            return TypedNumber.compact(written, "-. ");
        }
    }

    record Difference(String country, String type, String name, String example, Predicate<Reading> explains) {}

    static final List<Difference> ALL = List.of(
            // SUNAT's catálogo 06 gives the DNI as 8 digits; the character RENIEC prints after them is not part of
            // it, and keeping it would register one person under two numbers.
            new Difference(
                    "PE",
                    "DNI",
                    "the DNI written with RENIEC's check character",
                    "05414828C",
                    r -> r.compact().length() == 9
                            && !r.ours().valid()
                            && r.theirs().valid()),
            // DGI's new numbering gives RUTs starting 22 (gub.uy, "Nueva numeración del RUT"); stdnum 1.18 stops at 21.
            new Difference(
                    "UY",
                    "RUT",
                    "a RUT from DGI's new 22 numbering",
                    "220010000019",
                    r -> r.compact().startsWith("22")
                            && r.ours().valid()
                            && !r.theirs().valid()),
            // A person's NIT is their cédula plus DIAN's digit, and the oldest cédulas still in use have as few as
            // three digits; stdnum wants at least eight characters.
            new Difference(
                    "CO",
                    "NIT",
                    "a person's NIT from a short, old cédula",
                    "12345-8",
                    r -> r.compact().length() < 8
                            && r.ours().valid()
                            && !r.theirs().valid()),
            // RUNs are numbered from 1; a body under 1.000.000 is an old but real RUN. stdnum wants 7 or 8 digits.
            new Difference(
                    "CL",
                    "RUT",
                    "a RUN below 1.000.000",
                    "123456-0",
                    r -> r.compact().length() < 8
                            && r.ours().valid()
                            && !r.theirs().valid()),
            // AFIP pads the DNI to 8 digits inside the CUIT, so 01.234.567 and 1.234.567 are one person: we drop
            // the zeros (and so read 0234567 as the 6-digit 234567), stdnum keeps them.
            new Difference(
                    "AR",
                    "DNI",
                    "a DNI written with leading zeros",
                    "01234567",
                    r -> r.compact().startsWith("0")),
            // The Registro Civil's provinces are 01–24 and 30 (Ecuadorians abroad); stdnum also takes 50, which no
            // authority we know of assigns.
            new Difference(
                    "EC",
                    "CI",
                    "province 50",
                    "5012340005",
                    r -> r.compact().startsWith("50")
                            && !r.ours().valid()
                            && r.theirs().valid()),
            new Difference(
                    "EC",
                    "RUC",
                    "province 50",
                    "5012340005001",
                    r -> r.compact().startsWith("50")
                            && !r.ours().valid()
                            && r.theirs().valid()),
            // Receita Federal never issues a CPF of one repeated digit, though 111.111.111-11 passes the sums.
            new Difference(
                    "BR",
                    "CPF",
                    "one digit repeated",
                    "11111111111",
                    r -> BrazilCpf.allEqual(r.compact())
                            && !r.ours().valid()
                            && r.theirs().valid()),
            // Receita Federal's alphanumeric CNPJ (IN RFB 2.229/2024, issued from July 2026); stdnum 1.18 reads
            // digits only.
            new Difference(
                    "BR",
                    "CNPJ",
                    "an alphanumeric CNPJ",
                    "12ABC34501DE35",
                    r -> r.compact()
                                    .substring(0, Math.min(12, r.compact().length()))
                                    .chars()
                                    .anyMatch(Character::isLetter)
                            && r.ours().valid()
                            && !r.theirs().valid()),
            // Since the Ministerio de Hacienda made the DUI the NIT of persons, a person's NIT may be their 9-digit
            // DUI.
            new Difference(
                    "SV",
                    "NIT",
                    "the DUI serving as NIT",
                    "000162975",
                    r -> r.compact().length() == 9
                            && r.ours().valid()
                            && !r.theirs().valid()),
            // The NIT's DDMMYY is a birth or incorporation date; stdnum does not read it, we refuse days that never
            // were. A changed digit can keep the check digit (remainders 0 and 10 share the 0).
            new Difference(
                    "SV",
                    "NIT",
                    "a date that does not exist",
                    "06143102131042",
                    r -> r.compact().length() == 14
                            && !BirthDate.ddmmyy(r.compact(), 4)
                            && !r.ours().valid()
                            && r.theirs().valid()),
            // RENAPO issues CURPs with sex X (non-binary persons); stdnum 1.18 knows only H and M.
            new Difference(
                    "MX",
                    "CURP",
                    "sex X",
                    "HEGG560427XVZRRL08",
                    r -> r.compact().length() == 18
                            && r.compact().charAt(10) == 'X'
                            && r.ours().valid()
                            && !r.theirs().valid()),
            // Hacienda's electronic invoices write a cédula física as 9 digits without the TSE's leading 0; stdnum
            // keeps 10. Both must still call the number valid.
            new Difference(
                    "CR",
                    "CEDULA_FISICA",
                    "stored without the leading 0",
                    "1-0234-0567",
                    r -> r.ours().valid()
                            && r.theirs().valid()
                            && r.theirs().compact().equals("0" + r.ours().number())),
            // The TSE numbers provinces 1 to 9; stdnum takes 0 as well.
            new Difference(
                    "CR",
                    "CEDULA_FISICA",
                    "province 0",
                    "002340567",
                    r -> !r.ours().valid()
                            && r.theirs().valid()
                            && r.theirs().compact().startsWith("00")),
            // stdnum carries its own list of cédulas and RNCs whose check digit fails but which it found in DGII's
            // registry; we hold no such list and refuse them.
            new Difference(
                    "DO",
                    "CEDULA",
                    "on stdnum's list of exceptions",
                    "00000021249",
                    r -> r.theirs().listedException() && !r.ours().valid()),
            new Difference(
                    "DO",
                    "RNC",
                    "on stdnum's list of exceptions",
                    "101581601",
                    r -> r.theirs().listedException() && !r.ours().valid()),
            // The placeholder an authority defines for the anonymous buyer (SRI's 9999999999999, DIAN's
            // 222222222222, SAT Guatemala's CF) is valid by definition, whatever its digits.
            new Difference(
                    "EC",
                    "RUC",
                    "SRI's consumidor final",
                    "9999999999999",
                    r -> r.ours().anonymous() && !r.theirs().valid()),
            new Difference(
                    "CO",
                    "NIT",
                    "DIAN's consumidor final",
                    "222222222222",
                    r -> r.ours().anonymous() && !r.theirs().valid()),
            new Difference(
                    "GT",
                    "NIT",
                    "SAT's consumidor final",
                    "CF",
                    r -> r.ours().anonymous() && !r.theirs().valid()));

    private DeliberateDifferences() {}

    static Optional<Difference> explaining(Reading reading) {
        return ALL.stream()
                .filter(d -> d.country().equals(reading.country()) && d.type().equals(reading.type()))
                .filter(d -> d.explains().test(reading))
                .findFirst();
    }
}
