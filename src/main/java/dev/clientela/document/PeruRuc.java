package dev.clientela.document;

/**
 * Peru's RUC: 11 digits, a taxpayer prefix (10 a person with a DNI, 15 and 17 other persons, 20 a company), then a
 * mod-11 check digit. A RUC 10 carries its holder's DNI in digits 3 to 10.
 */
final class PeruRuc implements NumberRule {

    private static final int[] WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    static String checkDigit(CharSequence firstTen) {
        int sum = WeightedSum.leftToRight(firstTen, 0, WEIGHTS);
        return WeightedSum.digit((11 - sum % 11) % 10);
    }

    @Override
    public void examine(Examination exam) {
        if (!exam.lengthIs(11) || !exam.digits()) {
            return;
        }
        String number = exam.number();
        switch (number.substring(0, 2)) {
            case "10" -> {
                exam.implies(HolderKind.PERSON);
                exam.sameHolder("DNI", number.substring(2, 10));
            }
            case "15", "17" -> exam.implies(HolderKind.PERSON);
            case "20" -> exam.implies(HolderKind.COMPANY);
            default -> exam.badComponent(exam.label() + " must start with 10, 15, 17 or 20");
        }
        exam.checkDigitMatches(checkDigit(number.substring(0, 10)));
    }
}
