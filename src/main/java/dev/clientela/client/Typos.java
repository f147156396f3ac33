package dev.clientela.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The name words of a tenant a few edits away from a query word: an insertion, a deletion, a
 * substitution or a swap of two neighbours each count one edit.
 */
@Repository
class Typos {

    /** Neighbours kept per query word, nearest first; a word has far fewer in a real dictionary. */
    private static final int MAX_NEIGHBOURS = 64;

    private final JdbcClient jdbc;

    Typos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The dictionary words within {@code edits} of {@code word}, with their distance. One edit
     * leaves the first two letters or the last two untouched; two edits in a word of nine or more
     * letters leave one of those, or the letters from the fourth to the fourth-last, which the
     * trigram index finds. Levenshtein (which counts a swap as two) bounds the candidates in SQL,
     * and the exact distance is computed here.
     */
    Map<String, Integer> near(UUID tenantId, String word, int edits) {
        String middle = edits > 1 ? word.substring(3, word.length() - 3) : "";
        String sql = """
                select word from client_dictionary
                where tenant_id = :tenant
                  and length(word) between :shortest and :longest
                  and ((word >= :head and word < :head_end)
                       or reverse(word) collate "C" >= :tail and reverse(word) collate "C" < :tail_end
                       %s)
                  and levenshtein_less_equal(word, :word, :bound) <= :bound
                """.formatted(edits > 1 ? "or word like :middle" : "");
        List<String> candidates = jdbc.sql(sql)
                .param("tenant", tenantId)
                .param("shortest", word.length() - edits)
                .param("longest", word.length() + edits)
                .param("head", word.substring(0, 2))
                .param("head_end", word.substring(0, 2) + ClientSearch.AFTER_ALL)
                .param("tail", reverse(word).substring(0, 2))
                .param("tail_end", reverse(word).substring(0, 2) + ClientSearch.AFTER_ALL)
                .param("middle", "%" + middle + "%")
                .param("word", word)
                .param("bound", 2 * edits)
                .query(String.class)
                .list();
        Map<String, Integer> near = new LinkedHashMap<>();
        candidates.stream()
                .filter(candidate -> !candidate.equals(word))
                .map(candidate -> Map.entry(candidate, distance(word, candidate)))
                .filter(entry -> entry.getValue() <= edits)
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_NEIGHBOURS)
                .forEach(entry -> near.put(entry.getKey(), entry.getValue()));
        return near;
    }

    /** Optimal string alignment distance: Levenshtein plus swaps of two neighbouring letters. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static String reverse(String word) {
        return new StringBuilder(word).reverse().toString();
    }
}
