package dev.clientela.document;

/**
 * Argentina's CUIT and CUIL: 11 digits, a two-digit holder prefix, the holder's DNI (for persons) and AFIP's mod-11
 * check digit. A person's CUIT and CUIL are the same number.
 */
final class ArgentinaCuit implements NumberRule {

    private static final int[] WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    private static final String DIGITS = "012345678990";

    private final String twin;
    private final boolean companies;

    private ArgentinaCuit(String twin, boolean companies) {
        this.twin = twin;
        this.companies = companies;
    }

    static ArgentinaCuit cuit() {
        return new ArgentinaCuit("CUIL", true);
    }

    static ArgentinaCuit cuil() {
        return new ArgentinaCuit("CUIT", false);
    }

    static String checkDigit(CharSequence firstTen) {
        int sum = WeightedSum.leftToRight(firstTen, 0, WEIGHTS);
        return String.valueOf(DIGITS.charAt(11 - sum % 11));
    }

    @Override
    public void examine(Examination exam) {
        if (!exam.lengthIs(11) || !exam.digits()) {
            return;
        }
        String number = exam.number();
        switch (number.substring(0, 2)) {
            case "20", "23", "24", "27" -> {
                exam.implies(HolderKind.PERSON);
                exam.sameHolder("DNI", TypedNumber.withoutLeadingZeros(number.substring(2, 10)));
                exam.sameHolder(twin, number);
            }
            case "30", "33", "34" -> holder(exam, HolderKind.COMPANY);
            case "50", "51", "55" -> holder(exam, HolderKind.EITHER);
            default -> exam.badComponent(exam.label() + " must start with a known holder prefix");
        }
        exam.checkDigitMatches(checkDigit(number));
    }

    private void holder(Examination exam, HolderKind kind) {
        if (companies) {
            exam.implies(kind);
        } else {
            exam.badComponent(exam.label() + " is for persons: it starts with 20, 23, 24 or 27");
        }
    }

    @Override
    public String format(String number) {
        return Layout.groups(number, '-', 2, 8);
    }
}
