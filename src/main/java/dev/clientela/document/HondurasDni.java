package dev.clientela.document;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Honduras's DNI: 13 digits with no check digit: the municipality of registration (department 01–18 and a
 * municipality that exists in it), the year of birth, and a five-digit sequence.
 */
final class HondurasDni implements NumberRule {

    /** Municipalities per department, 01 Atlántida to 18 Yoro: 298 in all. */
    private static final int[] MUNICIPALITIES = {8, 10, 21, 23, 12, 16, 19, 28, 6, 17, 4, 19, 28, 16, 23, 28, 9, 11};

    private static final int FIRST_YEAR = 1900;

    private final Clock clock;

    HondurasDni(Clock clock) {
        this.clock = clock;
    }

    /** Whether 13 digits from {@code from} read as department, municipality and a year up to now. */
    boolean plausible(CharSequence number, int from) {
        return problemIn(number, from) == null;
    }

    private String problemIn(CharSequence number, int from) {
        int department = twoDigits(number, from);
        if (department < 1 || department > MUNICIPALITIES.length) {
            return "must start with a department from 01 to 18";
        }
        int municipality = twoDigits(number, from + 2);
        if (municipality < 1 || municipality > MUNICIPALITIES[department - 1]) {
            return "names a municipality that department " + department + " does not have";
        }
        int year = twoDigits(number, from + 4) * 100 + twoDigits(number, from + 6);
        if (year < FIRST_YEAR || year > LocalDate.now(clock).getYear()) {
            return "has an implausible year of birth " + year;
        }
        return null;
    }

    private static int twoDigits(CharSequence number, int at) {
        return (number.charAt(at) - '0') * 10 + number.charAt(at + 1) - '0';
    }

    @Override
    public void examine(Examination exam) {
        if (!exam.lengthIs(13) || !exam.digits()) {
            return;
        }
        String problem = problemIn(exam.number(), 0);
        if (problem != null) {
            exam.badComponent(exam.label() + " " + problem);
        }
    }

    @Override
    public String format(String number) {
        return Layout.groups(number, '-', 4, 4);
    }
}
