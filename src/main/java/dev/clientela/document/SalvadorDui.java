package dev.clientela.document;

/** El Salvador's DUI: 8 digits and a mod-10 check digit, 00016297-5. Since 2021 a person's DUI is also their NIT. */
final class SalvadorDui implements NumberRule {

    private static final int[] WEIGHTS = {9, 8, 7, 6, 5, 4, 3, 2};

    static String checkDigit(CharSequence eight) {
        return WeightedSum.digit((10 - WeightedSum.leftToRight(eight, 0, WEIGHTS) % 10) % 10);
    }

    static boolean valid(Examination exam) {
        return exam.lengthIs(9) && exam.digits() && exam.checkDigitMatches(checkDigit(exam.number()));
    }

    @Override
    public void examine(Examination exam) {
        if (valid(exam)) {
            exam.sameHolder("NIT", exam.number());
        }
    }

    @Override
    public String format(String number) {
        return number.substring(0, 8) + "-" + number.charAt(8);
    }
}
