package dev.clientela.document;

/**
 * Venezuela's cédula de identidad: V (Venezuelan) or E (foreigner) and up to 8 digits. Venezuelans often write it
 * without the V, so a bare number is read as a V.
 */
final class VenezuelaCi implements NumberRule {

    @Override
    public String canonical(String compact) {
        if (compact.isEmpty()) {
            return compact;
        }
        boolean bare = compact.charAt(0) >= '0' && compact.charAt(0) <= '9';
        return bare
                ? "V" + TypedNumber.withoutLeadingZeros(compact)
                : compact.charAt(0) + TypedNumber.withoutLeadingZeros(compact.substring(1));
    }

    @Override
    public void examine(Examination exam) {
        if (!exam.lengthBetween(2, 9) || !exam.digits(1, exam.length())) {
            return;
        }
        char letter = exam.number().charAt(0);
        if (letter != 'V' && letter != 'E') {
            exam.fail(DocumentProblem.INVALID_FORMAT, exam.label() + " must start with V or E");
            return;
        }
        String digits = "0".repeat(9 - exam.length()) + exam.number().substring(1);
        String rif = letter + digits;
        exam.sameHolder("RIF", rif + VenezuelaRif.checkDigit(rif));
    }

    @Override
    public String format(String number) {
        return number.charAt(0) + "-" + Layout.thousands(number.substring(1));
    }
}
