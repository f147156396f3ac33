package dev.clientela.document;

/**
 * Mexico's RFC: letters from the holder's name (3 for a company, 4 for a person), the YYMMDD of birth or
 * incorporation, and a three-character homoclave whose last character is a check digit. SAT has issued real RFCs
 * whose check digit does not match, so a mismatch only warns. A person's letters never spell an inconvenient word.
 */
final class MexicoRfc implements NumberRule {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";

    /** Computed over the first 11 or 12 characters, a company's left-padded with a space to a person's length. */
    static String checkDigit(String withoutCheck) {
        String padded = withoutCheck.length() < 12 ? " " + withoutCheck : withoutCheck;
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += ALPHABET.indexOf(padded.charAt(i)) * (13 - i);
        }
        return String.valueOf(ALPHABET.charAt(Math.floorMod(11 - sum, 11)));
    }

    @Override
    public void examine(Examination exam) {
        if (!exam.lengthBetween(12, 13)) {
            return;
        }
        String number = exam.number();
        int letters = number.length() - 9;
        if (!nameLetters(number, letters) || !exam.digits(letters, letters + 6) || !homoclave(number, letters + 6)) {
            exam.fail(DocumentProblem.INVALID_FORMAT, exam.label() + " must be name letters, YYMMDD and a homoclave");
            return;
        }
        exam.implies(letters == 3 ? HolderKind.COMPANY : HolderKind.PERSON);
        if (letters == 4 && InconvenientWords.RFC.contains(number.substring(0, 4))) {
            exam.badComponent(exam.label() + " cannot start with a word SAT replaces");
        }
        if (!BirthDate.yymmdd(number, letters)) {
            exam.badComponent(exam.label() + " has a date that does not exist");
        }
        String expected = checkDigit(number.substring(0, number.length() - 1));
        exam.checkDigit(number.substring(number.length() - 1));
        if (!number.endsWith(expected)) {
            exam.warn(
                    DocumentProblem.UNOFFICIAL_CHECK_DIGIT,
                    exam.label() + " check digit does not match; SAT issues some such RFCs");
        }
    }

    private static boolean nameLetters(String number, int count) {
        for (int i = 0; i < count; i++) {
            char c = number.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c == '&' || c == 'Ñ')) {
                return false;
            }
        }
        return true;
    }

    private static boolean homoclave(String number, int from) {
        for (int i = from; i < number.length(); i++) {
            char c = number.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
