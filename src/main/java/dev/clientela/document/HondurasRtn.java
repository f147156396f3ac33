package dev.clientela.document;

/**
 * Honduras's RTN: 14 digits. A person's RTN is their DNI plus one digit; a company's is a number of its own. SAR
 * publishes no algorithm for the last digit, so it is never held against the number.
 */
final class HondurasRtn implements NumberRule {

    private final HondurasDni dni;

    HondurasRtn(HondurasDni dni) {
        this.dni = dni;
    }

    @Override
    public void examine(Examination exam) {
        if (!exam.lengthIs(14) || !exam.digits()) {
            return;
        }
        if (dni.plausible(exam.number(), 0)) {
            exam.implies(HolderKind.PERSON);
            exam.sameHolder("DNI", exam.number().substring(0, 13));
        }
    }

    @Override
    public String format(String number) {
        return Layout.groups(number, '-', 4, 4);
    }
}
