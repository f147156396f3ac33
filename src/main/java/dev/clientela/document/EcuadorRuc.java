package dev.clientela.document;

/**
 * Ecuador's RUC: 13 digits. The third digit tells the holder: below 6 a person (cédula + establishment), 6 a public
 * body (mod-11 check digit ninth, four-digit establishment), 9 a private company (mod-11 check digit tenth,
 * three-digit establishment).
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
            legalEntity(exam, PUBLIC_WEIGHTS);
        } else if (third == 9) {
            legalEntity(exam, COMPANY_WEIGHTS);
        } else {
            exam.badComponent(exam.label() + " must have a third digit from 0 to 6, or 9");
        }
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
        int check = (11 - WeightedSum.leftToRight(exam.number(), 0, weights) % 11) % 11;
        if (check == 10) {
            exam.noCheckDigitFits(checkAt);
        } else {
            exam.checkDigitMatches(checkAt, WeightedSum.digit(check));
        }
    }

    private static void establishment(Examination exam, int from) {
        if (exam.number().substring(from).chars().allMatch(c -> c == '0')) {
            exam.badComponent(exam.label() + " must end in an establishment number other than zero");
        }
    }
}
