package dev.clientela.document;

/**
 * Paraguay's RUC: a base and SET's mod-11 check digit, 80028061-0. A person's base is their cédula; companies are
 * numbered from 80000000.
 */
final class ParaguayRuc implements NumberRule {

    static String checkDigit(CharSequence base) {
        return WeightedSum.digit(Math.floorMod(-WeightedSum.risingFromRight(base, base.length(), 2), 11) % 10);
    }

    @Override
    public void examine(Examination exam) {
        if (!exam.lengthBetween(5, 9) || !exam.digits()) {
            return;
        }
        String base = exam.number().substring(0, exam.length() - 1);
        if (!exam.checkDigitMatches(checkDigit(base))) {
            return;
        }
        if (base.length() == 8 && base.startsWith("80")) {
            exam.implies(HolderKind.COMPANY);
        } else {
            exam.implies(HolderKind.PERSON);
            exam.sameHolder("CI", base);
        }
    }

    @Override
    public String format(String number) {
        return number.substring(0, number.length() - 1) + "-" + number.charAt(number.length() - 1);
    }

    @Override
    public String withCheckDigit(String base) {
        return TypedNumber.isDigits(base) ? base + checkDigit(base) : base;
    }
}
