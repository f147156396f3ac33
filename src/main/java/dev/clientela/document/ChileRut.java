package dev.clientela.document;

/**
 * Chile's RUT (RUN for persons): a body of up to 8 digits and a mod-11 check character, 0–9 or K. Companies are
 * numbered from 50.000.000 up.
 */
final class ChileRut implements NumberRule {

    private static final int FIRST_COMPANY = 50_000_000;

    static String checkDigit(CharSequence body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (body.charAt(body.length() - 1 - i) - '0') * (2 + i % 6);
        }
        int check = 11 - sum % 11;
        return check == 11 ? "0" : check == 10 ? "K" : WeightedSum.digit(check);
    }

    @Override
    public String canonical(String compact) {
        return TypedNumber.withoutLeadingZeros(compact);
    }

    @Override
    public void examine(Examination exam) {
        if (!exam.lengthBetween(2, 9) || !exam.digits(0, exam.length() - 1)) {
            return;
        }
        char last = exam.number().charAt(exam.length() - 1);
        if (!(last >= '0' && last <= '9' || last == 'K')) {
            exam.fail(DocumentProblem.INVALID_FORMAT, exam.label() + " must end in a digit or K");
            return;
        }
        String body = exam.number().substring(0, exam.length() - 1);
        if (exam.checkDigitMatches(checkDigit(body))) {
            exam.implies(Integer.parseInt(body) >= FIRST_COMPANY ? HolderKind.COMPANY : HolderKind.PERSON);
        }
    }

    @Override
    public String format(String number) {
        return Layout.thousandsDash(number);
    }
}
