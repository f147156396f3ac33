package dev.clientela.console;

import dev.clientela.client.SearchText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The words of a name that a query's words begin, marked, folded the way search folds them, so
 * "maria" marks "María". A word found only through a typo is not marked.
 */
final class Highlight {

    private Highlight() {}

    static List<Part> of(String name, String query) {
        List<String> words = Arrays.stream(SearchText.fold(query).split(" "))
                .filter(w -> !w.isEmpty())
                .toList();
        List<Part> parts = new ArrayList<>();
        for (String piece : name.split("(?<=\\s)|(?=\\s)")) {
            String folded = SearchText.fold(piece);
            boolean hit = !folded.isEmpty() && words.stream().anyMatch(folded::startsWith);
            parts.add(new Part(piece, hit));
        }
        return parts;
    }

    record Part(String text, boolean hit) {}
}
