package dev.clientela.client;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A search as typed, split into the words that must each match: "María López" gives "maria" and
 * "lopez"; a query of digits and separators only ("0801-1990-12345", "987 654") is one word of its
 * digits; a word with "@" is an email address.
 */
record SearchQuery(List<Word> words, String leadingWords, Long number) {

    /** Words past this many are not searched for: a name has fewer, and each word costs a probe per match. */
    static final int MAX_WORDS = 8;

    /** The least digits a word needs to match document and phone numbers. */
    static final int MIN_IDENTIFIER_DIGITS = 3;

    /**
     * One query word. {@code name} is matched as a prefix of name words (null for an email);
     * {@code identifier} as a prefix of marked identifier words (null when the word has fewer than
     * three digits); {@code typos} is how many edits it may be away from a name word (0, 1 or 2).
     */
    record Word(String name, String identifier, int typos) {}

    static SearchQuery of(String q) {
        if (SearchText.isNumeric(q)) {
            String digits = SearchText.digits(q);
            Long number = digits.length() <= 18 ? Long.parseLong(digits) : null;
            return new SearchQuery(List.of(word(digits)), digits, number);
        }
        Set<Word> words = new LinkedHashSet<>();
        List<String> leading = new ArrayList<>();
        for (String token : q.strip().split("\\s+")) {
            if (token.contains("@")) {
                words.add(new Word(null, SearchWords.EMAIL + SearchWords.email(token), 0));
                leading = null;
            } else if (SearchText.isNumeric(token)) {
                String digits = SearchText.digits(token);
                words.add(word(digits));
                if (leading != null) {
                    leading.add(digits);
                }
            } else {
                for (String folded : SearchText.foldJoined(token).split(" ")) {
                    if (!folded.isEmpty()) {
                        words.add(word(folded));
                        if (leading != null) {
                            leading.add(folded);
                        }
                    }
                }
            }
        }
        List<Word> kept = words.stream().limit(MAX_WORDS).toList();
        return new SearchQuery(kept, leading == null || leading.isEmpty() ? null : String.join(" ", leading), null);
    }

    private static Word word(String folded) {
        long digits = folded.chars().filter(Character::isDigit).count();
        String identifier = digits >= MIN_IDENTIFIER_DIGITS ? SearchWords.IDENTIFIER + folded : null;
        boolean letters = folded.chars().allMatch(c -> c >= 'a' && c <= 'z');
        int typos = !letters || folded.length() < 5 ? 0 : folded.length() < 9 ? 1 : 2;
        return new Word(folded, identifier, typos);
    }

    boolean isEmpty() {
        return words.isEmpty();
    }
}
