package dev.clientela.client;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text folded the way staff type at a till: accents, case and punctuation do not matter. Clients
 * are stored with their folded text, and queries are folded the same way before matching.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u2018`\u00b4]");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern PHONE_LIKE = Pattern.compile("[0-9+()\\s.\\-/]+");

    private SearchText() {}

    /** Below this, a character is folded by {@link #FOLDED}; a text holding another takes {@link #foldByNormalizer}. */
    private static final char TABLED = '\u0250';

    /**
     * Each Latin character's fold, as {@link #foldByNormalizer} folds it alone: a text of these folds
     * character by character to the same words (none of them is a combining mark, so none changes
     * how its neighbours decompose), without the normalizer and the three passes of regular
     * expressions, which made a tenth of what an import allocated.
     */
    private static final String[] FOLDED = new String[TABLED];

    static {
        for (char c = 0; c < TABLED; c++) {
            FOLDED[c] = unseparated(String.valueOf(c));
        }
    }

    /** "María  López-Ruiz" → "maria lopez ruiz". */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder folded = new StringBuilder(text.length());
        boolean apart = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= TABLED) {
                return foldByNormalizer(text);
            }
            String part = FOLDED[c];
            for (int j = 0; j < part.length(); j++) {
                char f = part.charAt(j);
                if ((f >= 'a' && f <= 'z') || (f >= '0' && f <= '9')) {
                    if (apart && !folded.isEmpty()) {
                        folded.append(' ');
                    }
                    apart = false;
                    folded.append(f);
                } else {
                    apart = true;
                }
            }
        }
        return folded.toString();
    }

    /** {@link #fold} by the Unicode normalizer: compatibility decomposition, marks and case dropped. */
    static String foldByNormalizer(String text) {
        return NOT_ALNUM.matcher(unseparated(text)).replaceAll(" ").strip();
    }

    private static String unseparated(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return plain.replace('ß', 's').replace('ø', 'o').replace('æ', 'a').replace('đ', 'd');
    }

    /** Folded with apostrophes closing up instead of splitting: "O'Higgins" → "ohiggins". */
    static String foldJoined(String text) {
        return text == null ? "" : fold(APOSTROPHES.matcher(text).replaceAll(""));
    }

    /** The folded text without spaces: "AB-123 45" → "ab12345". */
    static String compact(String text) {
        return fold(text).replace(" ", "");
    }

    /** Only the digits: "+51 987-654-321" → "51987654321"; null when there are none. */
    static String digits(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder(text.length());
        text.codePoints().filter(Character::isDigit).forEach(c -> digits.append(Character.getNumericValue(c)));
        return digits.isEmpty() ? null : digits.toString();
    }

    /** Whether a query looks like a phone or document number: digits and separators only. */
    static boolean isNumeric(String query) {
        return PHONE_LIKE.matcher(query).matches() && digits(query) != null;
    }

    /** Everything a cashier may type to find the client, folded; numbers also without separators. */
    static String ofClient(Client c) {
        StringBuilder text = new StringBuilder(fold(c.name()));
        String joined = foldJoined(c.name());
        if (!joined.equals(fold(c.name()))) {
            text.append(" | ").append(joined);
        }
        for (String part : new String[] {c.legalName(), c.tradeName(), c.email()}) {
            if (part != null) {
                text.append(" | ").append(fold(part));
            }
        }
        if (c.document() != null) {
            text.append(" | ").append(compact(c.document().number()));
        }
        for (String phone : new String[] {c.phone(), c.mobile()}) {
            String digits = digits(phone);
            if (digits != null) {
                text.append(" | ").append(digits);
            }
        }
        return text.toString();
    }
}
