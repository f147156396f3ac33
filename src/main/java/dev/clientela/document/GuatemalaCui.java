package dev.clientela.document;

/**
 * Guatemala's CUI (on the DPI): an 8-digit sequence, a mod-11 check digit, then the department (01–22) and a
 * municipality that exists in it.
 */
final class GuatemalaCui implements NumberRule {

    /** Municipalities per department, 01 Guatemala to 22 Jutiapa: 340 in all. */
    private static final int[] MUNICIPALITIES = {
        17, 8, 16, 16, 14, 14, 19, 8, 24, 21, 9, 30, 33, 21, 8, 17, 14, 5, 11, 11, 7, 17
    };

    @Override
    public void examine(Examination exam) {
        if (!exam.lengthIs(13) || !exam.digits()) {
            return;
        }
        int department = exam.digit(9) * 10 + exam.digit(10);
        int municipality = exam.digit(11) * 10 + exam.digit(12);
        if (department < 1 || department > MUNICIPALITIES.length) {
            exam.badComponent(exam.label() + " must name a department from 01 to 22 in digits 10 and 11");
        } else if (municipality < 1 || municipality > MUNICIPALITIES[department - 1]) {
            exam.badComponent(exam.label() + " names a municipality that department " + department + " does not have");
        }
        int check = WeightedSum.leftToRight(exam.number(), 0, 2, 3, 4, 5, 6, 7, 8, 9) % 11;
        if (check == 10) {
            exam.noCheckDigitFits(8);
        } else {
            exam.checkDigitMatches(8, WeightedSum.digit(check));
        }
    }

    @Override
    public String format(String number) {
        return Layout.groups(number, ' ', 4, 5);
    }
}
