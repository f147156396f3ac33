package dev.clientela.document;

/** A YYMMDD date inside a number, the way Mexican, Salvadoran and other identifiers embed one. */
final class BirthDate {

    private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private BirthDate() {}

    /** Whether six digits from {@code at}, read as YYMMDD, name a day that exists (29 February in any year). */
    static boolean yymmdd(CharSequence number, int at) {
        return exists(twoDigits(number, at + 2), twoDigits(number, at + 4));
    }

    /** The same for DDMMYY. */
    static boolean ddmmyy(CharSequence number, int at) {
        return exists(twoDigits(number, at + 2), twoDigits(number, at));
    }

    private static boolean exists(int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1];
    }

    private static int twoDigits(CharSequence number, int at) {
        return (number.charAt(at) - '0') * 10 + number.charAt(at + 1) - '0';
    }
}
