package dev.clientela.client;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words a client is found by, as stored in {@code client_words}: the folded words of its name,
 * legal name and trade name (apostrophes both splitting and joining: "O'Higgins" gives "o",
 * "higgins" and "ohiggins"), and its identifiers, marked so that no name word can match them: "#"
 * before a document number or the digits of a phone (as written, in E.164 and national form), "@"
 * before an email address. Each two distinct name words are also stored as one pair word, "+" and
 * both in order joined by "+" ("+lopez+maria"), so that a query of two common words ("lopez ma")
 * reads the clients having both from one index range, in name order, instead of intersecting two
 * lists of tens of thousands; a client with more than {@link #MAX_PAIRED} name words has the single
 * pair word "+" instead, and a search its words may match is not answered from pairs.
 */
final class SearchWords {

    static final String IDENTIFIER = "#";
    static final String EMAIL = "@";
    static final String PAIR = "+";

    /** A client with more name words than this has no pair words: 276 pairs is the most a client stores. */
    static final int MAX_PAIRED = 24;

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private SearchWords() {}

    static Set<String> of(Client c) {
        Set<String> words = new TreeSet<>();
        for (String name : new String[] {c.name(), c.legalName(), c.tradeName()}) {
            words.addAll(nameWords(name));
        }
        words.addAll(pairs(words));
        if (c.document() != null) {
            words.add(IDENTIFIER + SearchText.compact(c.document().number()));
        }
        addPhone(words, c.phone(), c.phoneE164());
        addPhone(words, c.mobile(), c.mobileE164());
        if (c.email() != null && !c.email().isBlank()) {
            words.add(EMAIL + email(c.email()));
        }
        words.remove(IDENTIFIER);
        return words;
    }

    /** The folded words of a name, split at apostrophes and joined across them. */
    static Set<String> nameWords(String name) {
        Set<String> words = new TreeSet<>();
        if (name != null) {
            words.addAll(split(SearchText.fold(name)));
            words.addAll(split(SearchText.foldJoined(name)));
        }
        return words;
    }

    /** The pair words of a client's name words (see the class comment). */
    static Set<String> pairs(Set<String> names) {
        if (names.size() > MAX_PAIRED) {
            return Set.of(PAIR);
        }
        List<String> sorted = List.copyOf(new TreeSet<>(names));
        Set<String> pairs = new TreeSet<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                pairs.add(pair(sorted.get(i), sorted.get(j)));
            }
        }
        return pairs;
    }

    /** The pair word of two different name words, whichever order they are given in. */
    static String pair(String one, String other) {
        return one.compareTo(other) < 0 ? PAIR + one + PAIR + other : PAIR + other + PAIR + one;
    }

    /** An email address as it is matched: trimmed and in lower case. */
    static String email(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static void addPhone(Set<String> words, String phone, String e164) {
        String digits = SearchText.digits(phone);
        if (digits != null) {
            words.add(IDENTIFIER + digits);
        }
        if (e164 != null) {
            words.add(IDENTIFIER + e164.substring(1));
            try {
                words.add(IDENTIFIER + PHONES.getNationalSignificantNumber(PHONES.parse(e164, null)));
            } catch (NumberParseException e) {
                // an E.164 number we stored ourselves always parses
            }
        }
    }

    private static Set<String> split(String folded) {
        Set<String> words = new TreeSet<>(Arrays.asList(folded.split(" ")));
        words.remove("");
        return words;
    }
}
