package dev.clientela.document;

/** The Dominican Republic's RNC for companies: 9 digits, the last a DGII mod-11 check digit: 1-01-85004-3. */
final class DominicanRnc implements NumberRule {

    private static final int[] WEIGHTS = {7, 9, 8, 6, 5, 4, 3, 2};

    static String checkDigit(CharSequence eight) {
        int sum = WeightedSum.leftToRight(eight, 0, WEIGHTS) % 11;
        return WeightedSum.digit((10 - sum) % 9 + 1);
    }

    @Override
    public void examine(Examination exam) {
        if (exam.lengthIs(9) && exam.digits()) {
            exam.checkDigitMatches(checkDigit(exam.number()));
        }
    }

    @Override
    public String format(String number) {
        return Layout.groups(number, '-', 1, 2, 5);
    }
}
