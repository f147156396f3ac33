package dev.clientela.document;

/**
 * Brazil's CNPJ: 12 characters (digits, and from July 2026 also upper-case letters) and two mod-11 check digits. A
 * character counts as its code minus 48, so digits keep their value and A is 17. Equal characters are never issued.
 */
final class BrazilCnpj implements NumberRule {

    private static final int[] FIRST = {5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
    private static final int[] SECOND = {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};

    static String checkDigits(CharSequence twelve) {
        int first = digitFor(sum(twelve, FIRST, 0));
        int second = digitFor(sum(twelve, SECOND, first));
        return "" + first + second;
    }

    private static int sum(CharSequence number, int[] weights, int previousCheck) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (number.charAt(i) - '0') * weights[i];
        }
        return weights.length > 12 ? sum + previousCheck * weights[12] : sum;
    }

    private static int digitFor(int sum) {
        return sum % 11 < 2 ? 0 : 11 - sum % 11;
    }

    @Override
    public String separators() {
        return "-. /";
    }

    @Override
    public void examine(Examination exam) {
        if (!exam.lengthIs(14)) {
            return;
        }
        String number = exam.number();
        for (int i = 0; i < 12; i++) {
            char c = number.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')) {
                exam.fail(DocumentProblem.INVALID_FORMAT, exam.label() + " must be 12 letters or digits and 2 digits");
                return;
            }
        }
        if (!exam.digits(12, 14)) {
            return;
        }
        if (BrazilCpf.allEqual(number)) {
            exam.badComponent(exam.label() + " cannot be one digit repeated");
            return;
        }
        exam.checkDigitMatches(checkDigits(number));
    }

    @Override
    public String format(String number) {
        return number.substring(0, 2) + "." + number.substring(2, 5) + "." + number.substring(5, 8) + "/"
                + number.substring(8, 12) + "-" + number.substring(12);
    }
}
