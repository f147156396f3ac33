package dev.clientela.document;

/** Display forms: canonical characters cut into the groups each country prints. */
final class Layout {

    private Layout() {}

    /** Cuts the text into groups of the given sizes, joined by the separator; what remains is the last group. */
    static String groups(String text, char separator, int... sizes) {
        StringBuilder out = new StringBuilder(text.length() + sizes.length);
        int at = 0;
        for (int size : sizes) {
            if (at + size >= text.length()) {
                break;
            }
            out.append(text, at, at + size).append(separator);
            at += size;
        }
        return out.append(text, at, text.length()).toString();
    }

    /** Digits grouped by thousands with dots, as Spanish-speaking countries print them: 900.123.456. */
    static String thousands(String digits) {
        int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
        out.append(digits, 0, head);
        for (int at = head; at < digits.length(); at += 3) {
            out.append('.').append(digits, at, at + 3);
        }
        return out.toString();
    }

    /** A body and its check character: 12.345.678-5. */
    static String thousandsDash(String number) {
        int end = number.length() - 1;
        return thousands(number.substring(0, end)) + '-' + number.charAt(end);
    }
}
