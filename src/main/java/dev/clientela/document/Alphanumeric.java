package dev.clientela.document;

/** Numbers with no published structure: only letters A–Z and digits, within a length range. */
final class Alphanumeric implements NumberRule {

    private final int min;
    private final int max;

    Alphanumeric(int min, int max) {
        this.min = min;
        this.max = max;
    }

    /** Passports and other documents everywhere: 3 to 20 letters and digits. */
    static Alphanumeric passport() {
        return new Alphanumeric(3, 20);
    }

    @Override
    public void examine(Examination exam) {
        if (!exam.lengthBetween(min, max)) {
            return;
        }
        String number = exam.number();
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')) {
                exam.fail(DocumentProblem.INVALID_FORMAT, exam.label() + " must be letters and digits only");
                return;
            }
        }
    }
}
