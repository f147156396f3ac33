package dev.clientela.document;

/**
 * Colombia's NIT: a base of up to 15 digits and DIAN's mod-11 check digit, stored together ("9001234568") and shown
 * apart ("900.123.456-8"). A person's NIT base is their cédula; companies have 9-digit bases starting with 8 or 9.
 */
final class ColombiaNit implements NumberRule {

    private static final int[] WEIGHTS = {3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71};

    private final String personalDocument;

    /** @param personalDocument the type a person's base comes from, or null when the base means nothing here */
    ColombiaNit(String personalDocument) {
        this.personalDocument = personalDocument;
    }

    static String checkDigit(CharSequence base) {
        int r = WeightedSum.rightToLeft(base, base.length(), WEIGHTS) % 11;
        return WeightedSum.digit(r < 2 ? r : 11 - r);
    }

    @Override
    public void examine(Examination exam) {
        if (!exam.lengthBetween(4, 16) || !exam.digits()) {
            return;
        }
        String base = exam.number().substring(0, exam.length() - 1);
        if (!exam.checkDigitMatches(checkDigit(base))) {
            return;
        }
        if (base.length() == 9 && (base.charAt(0) == '8' || base.charAt(0) == '9')) {
            exam.implies(HolderKind.COMPANY);
        } else if (personalDocument != null && base.length() <= ColombiaCedula.MAX_LENGTH) {
            exam.sameHolder(personalDocument, base);
        }
    }

    @Override
    public String format(String number) {
        return Layout.thousandsDash(number);
    }

    @Override
    public String withCheckDigit(String base) {
        if (base.length() > WEIGHTS.length || !TypedNumber.isDigits(base)) {
            return base;
        }
        return base + checkDigit(base);
    }
}
