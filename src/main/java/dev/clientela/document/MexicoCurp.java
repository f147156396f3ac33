package dev.clientela.document;

import java.util.Set;

/**
 * Mexico's CURP: 18 characters: four name letters, YYMMDD of birth, sex (H, M or X), the state of birth (NE for
 * foreign-born), three name consonants, a differentiator and RENAPO's mod-10 check digit.
 */
final class MexicoCurp implements NumberRule {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";
    private static final Set<String> STATES = Set.of(
            "AS", "BC", "BS", "CC", "CL", "CM", "CS", "CH", "DF", "DG", "GT", "GR", "HG", "JC", "MC", "MN", "MS", "NT",
            "NL", "OC", "PL", "QT", "QR", "SP", "SL", "SR", "TC", "TS", "TL", "VZ", "YN", "ZS", "NE");

    static String checkDigit(String firstSeventeen) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(firstSeventeen.charAt(i)) * (18 - i);
        }
        return WeightedSum.digit((10 - sum % 10) % 10);
    }

    @Override
    public void examine(Examination exam) {
        if (!exam.lengthIs(18)) {
            return;
        }
        String number = exam.number();
        if (!shaped(number)) {
            exam.fail(
                    DocumentProblem.INVALID_FORMAT,
                    exam.label() + " must be 4 letters, 6 digits, 6 letters, a letter or digit and a digit");
            return;
        }
        if (InconvenientWords.CURP.contains(number.substring(0, 4))) {
            exam.badComponent(exam.label() + " cannot start with a word RENAPO replaces");
        }
        // RENAPO writes the differentiator as a digit for those born before 2000 and a letter from 2000 on.
        int century = Character.isDigit(number.charAt(16)) ? 1900 : 2000;
        if (!BirthDate.yymmdd(number, 4, century)) {
            exam.badComponent(exam.label() + " has a birth date that does not exist");
        }
        char sex = number.charAt(10);
        if (sex != 'H' && sex != 'M' && sex != 'X') {
            exam.badComponent(exam.label() + " must give the sex as H, M or X");
        }
        if (!STATES.contains(number.substring(11, 13))) {
            exam.badComponent(exam.label() + " names no Mexican state of birth");
        }
        exam.checkDigitMatches(checkDigit(number));
    }

    private static boolean shaped(String number) {
        return letters(number, 0, 4)
                && TypedNumber.isDigits(number.subSequence(4, 10))
                && letters(number, 10, 16)
                && letterOrDigit(number.charAt(16))
                && Character.isDigit(number.charAt(17));
    }

    private static boolean letters(String number, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = number.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c == 'Ñ')) {
                return false;
            }
        }
        return true;
    }

    private static boolean letterOrDigit(char c) {
        return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
