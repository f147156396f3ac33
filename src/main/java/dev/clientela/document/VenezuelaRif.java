package dev.clientela.document;

/**
 * Venezuela's RIF: a holder letter (V and E persons, P passport holders, J companies, G government), 8 digits and
 * SENIAT's mod-11 check digit: J-30050033-0. A V or E RIF carries its holder's cédula.
 */
final class VenezuelaRif implements NumberRule {

    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};
    private static final String DIGITS = "00987654321";
    private static final String LETTERS = "VEJPG";

    static String checkDigit(CharSequence number) {
        int letterWeight = 4 * (LETTERS.indexOf(number.charAt(0)) + 1);
        int sum = letterWeight + WeightedSum.leftToRight(number, 1, WEIGHTS);
        return String.valueOf(DIGITS.charAt(sum % 11));
    }

    @Override
    public void examine(Examination exam) {
        if (!exam.lengthIs(10) || !exam.digits(1, 10)) {
            return;
        }
        char letter = exam.number().charAt(0);
        if (LETTERS.indexOf(letter) < 0) {
            exam.badComponent(exam.label() + " must start with V, E, J, P or G");
            return;
        }
        if (!exam.checkDigitMatches(checkDigit(exam.number()))) {
            return;
        }
        exam.implies(letter == 'J' || letter == 'G' ? HolderKind.COMPANY : HolderKind.PERSON);
        if (letter == 'V' || letter == 'E') {
            exam.sameHolder(
                    "CI", letter + TypedNumber.withoutLeadingZeros(exam.number().substring(1, 9)));
        }
    }

    @Override
    public String format(String number) {
        return Layout.groups(number, '-', 1, 8);
    }
}
