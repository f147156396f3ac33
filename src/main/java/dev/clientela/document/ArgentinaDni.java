package dev.clientela.document;

/** Argentina's DNI: 7 or 8 digits, stored without leading zeros because CUITs pad it to 8. */
final class ArgentinaDni implements NumberRule {

    @Override
    public String canonical(String compact) {
        return TypedNumber.isDigits(compact) ? TypedNumber.withoutLeadingZeros(compact) : compact;
    }

    @Override
    public void examine(Examination exam) {
        if (exam.lengthBetween(7, 8)) {
            exam.digits();
        }
    }

    @Override
    public String format(String number) {
        return Layout.thousands(number);
    }
}
