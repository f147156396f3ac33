package dev.clientela.document;

/** Paraguay's cédula de identidad: up to 8 digits, no check digit. The holder's RUC is the cédula plus SET's digit. */
final class ParaguayCi implements NumberRule {

    @Override
    public String canonical(String compact) {
        return TypedNumber.withoutLeadingZeros(compact);
    }

    @Override
    public void examine(Examination exam) {
        if (exam.lengthBetween(4, 8) && exam.digits()) {
            exam.sameHolder("RUC", exam.number() + ParaguayRuc.checkDigit(exam.number()));
        }
    }

    @Override
    public String format(String number) {
        return Layout.thousands(number);
    }
}
