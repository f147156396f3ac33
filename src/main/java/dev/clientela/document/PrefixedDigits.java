package dev.clientela.document;

/** Numbers with no check digit whose first digit says what they are, shown in fixed groups. */
final class PrefixedDigits implements NumberRule {

    private final int min;
    private final int max;
    private final String firstDigits;
    private final int[] groups;

    /** @param firstDigits the digits a number may start with; @param groups the display groups, joined by dashes */
    PrefixedDigits(int min, int max, String firstDigits, int... groups) {
        this.min = min;
        this.max = max;
        this.firstDigits = firstDigits;
        this.groups = groups;
    }

    @Override
    public void examine(Examination exam) {
        if (!exam.lengthBetween(min, max) || !exam.digits()) {
            return;
        }
        if (firstDigits.indexOf(exam.number().charAt(0)) < 0) {
            exam.badComponent(exam.label() + " must start with one of " + String.join(", ", firstDigits.split("")));
        }
    }

    @Override
    public String format(String number) {
        return Layout.groups(number, '-', groups);
    }
}
