package dev.clientela.web;

/** What text the service stores: no NUL or other control characters, no broken surrogate pairs. */
public final class TextRules {

    private TextRules() {}

    public static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)
                    || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
                return false;
            }
        }
        return true;
    }
}
