package dev.clientela.document;

/**
 * Bolivia's cédula de identidad: 4 to 10 digits, sometimes followed by a two-character complement (a digit and a
 * letter) that SEGIP adds to tell apart people given the same number: 1234567-1A.
 */
final class BoliviaCi implements NumberRule {

    @Override
    public void examine(Examination exam) {
        int digits = bodyLength(exam.number());
        if (digits < 4 || digits > 10) {
            exam.fail(
                    DocumentProblem.INVALID_LENGTH,
                    exam.label() + " must be 4 to 10 digits, with an optional complement");
            return;
        }
        boolean withComplement = digits != exam.length();
        if (exam.digits(0, digits) && withComplement && !complement(exam.number(), digits)) {
            exam.fail(DocumentProblem.INVALID_FORMAT, exam.label() + " complement must be a digit and a letter");
        }
    }

    /** The digits before a trailing digit-and-letter complement, or the whole length when there is none. */
    private static int bodyLength(String number) {
        int length = number.length();
        boolean withComplement = length >= 3 && Character.isLetter(number.charAt(length - 1));
        return withComplement ? length - 2 : length;
    }

    private static boolean complement(String number, int from) {
        char digit = number.charAt(from);
        char letter = number.charAt(from + 1);
        return digit >= '0' && digit <= '9' && letter >= 'A' && letter <= 'Z';
    }

    @Override
    public String format(String number) {
        int digits = bodyLength(number);
        return digits == number.length() ? number : number.substring(0, digits) + "-" + number.substring(digits);
    }
}
