package dev.clientela.document;

/**
 * Uruguay's RUT: 12 digits, a registration office 01–22, a six-digit sequence, the fixed 001, and DGI's mod-11 check
 * digit. A sum leaving 10 has no digit, so no RUT is issued for it.
 */
final class UruguayRut implements NumberRule {

    private static final int[] WEIGHTS = {4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
    /** The check digit, or null for the bases no digit fits. */
    static String checkDigit(CharSequence firstEleven) {
        int check = Math.floorMod(-WeightedSum.leftToRight(firstEleven, 0, WEIGHTS), 11);
        return check == 10 ? null : WeightedSum.digit(check);
    }

    @Override
    public void examine(Examination exam) {
        if (!exam.lengthIs(12) || !exam.digits()) {
            return;
        }
        String number = exam.number();
        int office = exam.digit(0) * 10 + exam.digit(1);
        if (office < 1 || office > 22) {
            exam.badComponent(exam.label() + " must start with a registration office from 01 to 22");
        }
        if (number.startsWith("000000", 2)) {
            exam.badComponent(exam.label() + " must have a sequence number other than 000000");
        }
        if (!number.startsWith("001", 8)) {
            exam.badComponent(exam.label() + " must have 001 in digits 9 to 11");
        }
        String expected = checkDigit(number);
        if (expected != null) {
            exam.checkDigitMatches(expected);
        } else {
            exam.noCheckDigitFits(11);
        }
    }

    @Override
    public String format(String number) {
        return Layout.groups(number, '-', 2, 6, 3);
    }
}
