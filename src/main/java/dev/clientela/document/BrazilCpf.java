package dev.clientela.document;

/** Brazil's CPF: 9 digits and two mod-11 check digits. Eleven equal digits pass the sums but are never issued. */
final class BrazilCpf implements NumberRule {

    static String checkDigits(CharSequence nine) {
        int first = digitFor(WeightedSum.risingFromRight(nine, 9, 2));
        int second = digitFor(WeightedSum.risingFromRight(nine, 9, 3) + 2 * first);
        return "" + first + second;
    }

    private static int digitFor(int sum) {
        int check = 11 - sum % 11;
        return check >= 10 ? 0 : check;
    }

    static boolean allEqual(String number) {
        for (int i = 1; i < number.length(); i++) {
            if (number.charAt(i) != number.charAt(0)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void examine(Examination exam) {
        if (!exam.lengthIs(11) || !exam.digits()) {
            return;
        }
        if (allEqual(exam.number())) {
            exam.badComponent(exam.label() + " cannot be one digit repeated");
            return;
        }
        exam.checkDigitMatches(checkDigits(exam.number()));
    }

    @Override
    public String format(String number) {
        return Layout.groups(number, '.', 3, 3).substring(0, 11) + "-" + number.substring(9);
    }
}
