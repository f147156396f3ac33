package dev.clientela.document;

/**
 * Uruguay's cédula de identidad: a body of up to 7 digits and a mod-10 check digit. Stored left-padded to 8 digits,
 * so 987.654-9 and 0.987.654-9 are one person; shown without the padding.
 */
final class UruguayCi implements NumberRule {

    private static final int[] WEIGHTS = {2, 9, 8, 7, 6, 3, 4};

    static String checkDigit(CharSequence paddedBody) {
        int sum = WeightedSum.leftToRight(paddedBody, 0, WEIGHTS);
        return WeightedSum.digit((10 - sum % 10) % 10);
    }

    @Override
    public String canonical(String compact) {
        if (compact.length() >= 6 && compact.length() < 8) {
            return "0".repeat(8 - compact.length()) + compact;
        }
        return compact;
    }

    @Override
    public void examine(Examination exam) {
        if (exam.lengthBetween(6, 8) && exam.digits()) {
            exam.checkDigitMatches(checkDigit(exam.number()));
        }
    }

    @Override
    public String format(String number) {
        String shown = number.charAt(0) == '0' ? number.substring(1) : number;
        return Layout.thousandsDash(shown);
    }
}
