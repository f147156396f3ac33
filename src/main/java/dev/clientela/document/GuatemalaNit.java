package dev.clientela.document;

/** Guatemala's NIT: digits and SAT's mod-11 check character, 0–9 or K. "CF" (consumidor final) is the anonymous buyer. */
final class GuatemalaNit implements NumberRule {

    static String checkDigit(CharSequence body) {
        int check = Math.floorMod(-WeightedSum.risingFromRight(body, body.length(), 2), 11);
        return check == 10 ? "K" : WeightedSum.digit(check);
    }

    @Override
    public String canonical(String compact) {
        return TypedNumber.withoutLeadingZeros(compact);
    }

    @Override
    public void examine(Examination exam) {
        if (!exam.lengthBetween(2, 13) || !exam.digits(0, exam.length() - 1)) {
            return;
        }
        char last = exam.number().charAt(exam.length() - 1);
        if (!(last >= '0' && last <= '9' || last == 'K')) {
            exam.fail(DocumentProblem.INVALID_FORMAT, exam.label() + " must end in a digit or K");
            return;
        }
        exam.checkDigitMatches(checkDigit(exam.number().substring(0, exam.length() - 1)));
    }

    @Override
    public String format(String number) {
        return number.substring(0, number.length() - 1) + "-" + number.charAt(number.length() - 1);
    }
}
