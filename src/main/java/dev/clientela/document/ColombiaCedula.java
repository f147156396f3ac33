package dev.clientela.document;

/** Colombia's cédula de ciudadanía: 3 to 10 digits. The holder's NIT, if any, is the cédula plus DIAN's check digit. */
final class ColombiaCedula implements NumberRule {

    static final int MAX_LENGTH = 10;

    @Override
    public void examine(Examination exam) {
        if (exam.lengthBetween(3, MAX_LENGTH) && exam.digits()) {
            exam.sameHolder("NIT", exam.number() + ColombiaNit.checkDigit(exam.number()));
        }
    }

    @Override
    public String format(String number) {
        return Layout.thousands(number);
    }
}
