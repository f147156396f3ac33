package dev.clientela.document;

/**
 * El Salvador's NIT: 14 digits: municipality, DDMMYY of birth or incorporation, a sequence and a mod-11 check digit
 * whose weights changed for sequences above 100. A person may also give their 9-digit DUI, which now serves as NIT.
 */
final class SalvadorNit implements NumberRule {

    private static final int[] OLD_WEIGHTS = {14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2};
    private static final int[] NEW_WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    static String checkDigit(CharSequence thirteen) {
        int sequence = (thirteen.charAt(10) - '0') * 100 + (thirteen.charAt(11) - '0') * 10 + thirteen.charAt(12) - '0';
        if (sequence <= 100) {
            return WeightedSum.digit(WeightedSum.leftToRight(thirteen, 0, OLD_WEIGHTS) % 11 % 10);
        }
        return WeightedSum.digit(Math.floorMod(-WeightedSum.leftToRight(thirteen, 0, NEW_WEIGHTS), 11) % 10);
    }

    @Override
    public void examine(Examination exam) {
        if (exam.length() == 9) {
            exam.implies(HolderKind.PERSON);
            if (SalvadorDui.valid(exam)) {
                exam.sameHolder("DUI", exam.number());
            }
            return;
        }
        if (exam.length() != 14) {
            exam.fail(DocumentProblem.INVALID_LENGTH, exam.label() + " must be 14 digits, or a person's 9-digit DUI");
            return;
        }
        if (!exam.digits()) {
            return;
        }
        char first = exam.number().charAt(0);
        if (first != '0' && first != '1' && first != '9') {
            exam.badComponent(exam.label() + " must start with a municipality code beginning 0, 1 or 9");
        }
        if (!BirthDate.ddmmyy(exam.number(), 4)) {
            exam.badComponent(exam.label() + " has a date that does not exist");
        }
        exam.checkDigitMatches(checkDigit(exam.number()));
    }

    @Override
    public String format(String number) {
        return number.length() == 9
                ? number.substring(0, 8) + "-" + number.charAt(8)
                : Layout.groups(number, '-', 4, 6, 3);
    }
}
