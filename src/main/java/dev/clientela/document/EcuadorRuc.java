package dev.clientela.document;

/**
 * Ecuador's RUC: 13 digits. The third digit tells the holder: below 6 a person (cédula + establishment), 6 a public
 * body (mod-11 check digit ninth, four-digit establishment) or a person whose cédula has a third digit 6, 9 a private
 * company (mod-11 check digit tenth, three-digit establishment).
 */
final class EcuadorRuc implements NumberRule {

    private static final int[] PUBLIC_WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};
    private static final int[] COMPANY_WEIGHTS = {4, 3, 2, 7, 6, 5, 4, 3, 2};

    @Override
    public void examine(Examination exam) {
        if (!exam.lengthIs(13) || !exam.digits()) {
            return;
        }
        EcuadorCi.knownProvince(exam);
        int third = exam.digit(2);
        if (third < 6) {
            person(exam);
        } else if (third == 6) {
            // SRI's two readings of a 6 can't both hold for one number; a public body's is tried first.
            if (isPublicBody(exam.number())) {
                legalEntity(exam, PUBLIC_WEIGHTS);
            } else {
                person(exam);
            }
        } else if (third == 9) {
            legalEntity(exam, COMPANY_WEIGHTS);
        } else {
            exam.badComponent(exam.label() + " must have a third digit from 0 to 6, or 9");
        }
    }

    private static boolean isPublicBody(String number) {
        int checkAt = PUBLIC_WEIGHTS.length;
        return !number.substring(checkAt + 1).chars().allMatch(c -> c == '0')
                && expectedCheck(number, PUBLIC_WEIGHTS) == number.charAt(checkAt) - '0';
    }

    private static void person(Examination exam) {
        String number = exam.number();
        exam.implies(HolderKind.PERSON);
        establishment(exam, 10);
        if (exam.checkDigitMatches(9, EcuadorCi.checkDigit(number))) {
            exam.sameHolder("CI", number.substring(0, 10));
        }
    }

    private static void legalEntity(Examination exam, int[] weights) {
        exam.implies(HolderKind.COMPANY);
        int checkAt = weights.length;
        establishment(exam, checkAt + 1);
        int check = expectedCheck(exam.number(), weights);
        if (check == 10) {
            exam.noCheckDigitFits(checkAt);
        } else {
            exam.checkDigitMatches(checkAt, WeightedSum.digit(check));
        }
    }

    /** 0–9, or 10 for the bases no check digit fits. */
    private static int expectedCheck(String number, int[] weights) {
        return (11 - WeightedSum.leftToRight(number, 0, weights) % 11) % 11;
    }

    private static void establishment(Examination exam, int from) {
        if (exam.number().substring(from).chars().allMatch(c -> c == '0')) {
            exam.badComponent(exam.label() + " must end in an establishment number other than zero");
        }
    }
}
