package dev.clientela.document;

/** Peru's DNI: 8 digits, leading zeros included. Its holder's RUC, if any, is 10 + DNI + check digit. */
final class PeruDni implements NumberRule {

    @Override
    public void examine(Examination exam) {
        if (exam.lengthIs(8) && exam.digits()) {
            String ruc = "10" + exam.number();
            exam.sameHolder("RUC", ruc + PeruRuc.checkDigit(ruc));
        }
    }
}
