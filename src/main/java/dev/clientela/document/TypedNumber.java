package dev.clientela.document;

import java.text.Normalizer;

/**
 * Turns what someone typed into the characters that matter: compatibility forms folded (full-width digits
 * become ASCII), every Unicode dash, dot and space mapped to its ASCII twin, the type's separators dropped
 * and letters upper-cased.
 */
final class TypedNumber {

    private TypedNumber() {}

    static String compact(String raw, String separators) {
        if (raw == null) {
            return "";
        }
        boolean ascii = isAscii(raw);
        String text = ascii ? raw : Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = ascii(text.charAt(i));
            if (c == 0 || separators.indexOf(c) >= 0) {
                continue;
            }
            out.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c < 128 ? c : Character.toUpperCase(c));
        }
        // Dropping a separator can bring combining marks together, and they must end up in their normal order.
        return ascii ? out.toString() : Normalizer.normalize(out, Normalizer.Form.NFKC);
    }

    static boolean isDigits(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Numbers that are counts, not codes, lose their leading zeros: 012.345.678-5 is 12.345.678-5. */
    static String withoutLeadingZeros(String text) {
        int start = 0;
        while (start < text.length() - 1 && text.charAt(start) == '0') {
            start++;
        }
        return text.substring(start);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** The ASCII twin of a dash, dot or space; 0 for invisible characters; any other character unchanged. */
    private static char ascii(char c) {
        if (c < 128) {
            return Character.isWhitespace(c) ? ' ' : c;
        }
        return switch (c) {
            case '\u2010',
                    '\u2011',
                    '\u2012',
                    '\u2013',
                    '\u2014',
                    '\u2015',
                    '\u2043',
                    '\u2212',
                    '\u2E3A',
                    '\u2E3B',
                    '\uFE58',
                    '\uFE63',
                    '\uFF0D',
                    '\u058A',
                    '\u1806' -> '-';
            case '\u00B7', '\u2024', '\u2027', '\u2219', '\u22C5', '\u3002', '\uFF0E', '\uFF61', '\u30FB' -> '.';
            case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> 0;
            default -> Character.isSpaceChar(c) || Character.isWhitespace(c) ? ' ' : c;
        };
    }
}
