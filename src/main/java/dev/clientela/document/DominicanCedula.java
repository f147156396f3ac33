package dev.clientela.document;

/** The Dominican Republic's cédula: 11 digits, a municipality, a sequence and a Luhn check digit: 001-1391820-5. */
final class DominicanCedula implements NumberRule {

    static String checkDigit(CharSequence ten) {
        return WeightedSum.digit((10 - WeightedSum.luhn(ten, 10) % 10) % 10);
    }

    @Override
    public void examine(Examination exam) {
        if (exam.lengthIs(11) && exam.digits()) {
            exam.checkDigitMatches(checkDigit(exam.number()));
        }
    }

    @Override
    public String format(String number) {
        return Layout.groups(number, '-', 3, 7);
    }
}
