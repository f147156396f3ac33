package dev.clientela.document;

/** Numbers with no check digit: only digits, within a length range. */
final class DigitString implements NumberRule {

    private final int min;
    private final int max;

    DigitString(int min, int max) {
        this.min = min;
        this.max = max;
    }

    @Override
    public void examine(Examination exam) {
        if (exam.lengthBetween(min, max)) {
            exam.digits();
        }
    }
}
