package dev.clientela.document;

import java.time.Year;

/** A YYMMDD date inside a number, the way Mexican, Salvadoran and other identifiers embed one. */
final class BirthDate {

    private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private BirthDate() {}

    /**
     * Whether six digits from {@code at}, read as YYMMDD, name a day that exists. Without the century, 29 February
     * exists in years divisible by four: 00 may be 2000, which had one.
     */
    static boolean yymmdd(CharSequence number, int at) {
        return exists(2000 + twoDigits(number, at), twoDigits(number, at + 2), twoDigits(number, at + 4));
    }

    /** The same for a YYMMDD whose century the number tells: 1900 or 2000. */
    static boolean yymmdd(CharSequence number, int at, int century) {
        return exists(century + twoDigits(number, at), twoDigits(number, at + 2), twoDigits(number, at + 4));
    }

    /** The same for DDMMYY. */
    static boolean ddmmyy(CharSequence number, int at) {
        return exists(2000 + twoDigits(number, at + 4), twoDigits(number, at + 2), twoDigits(number, at));
    }

    private static boolean exists(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) {
            return false;
        }
        return month != 2 || day != 29 || Year.isLeap(year);
    }

    private static int twoDigits(CharSequence number, int at) {
        return (number.charAt(at) - '0') * 10 + number.charAt(at + 1) - '0';
    }
}
