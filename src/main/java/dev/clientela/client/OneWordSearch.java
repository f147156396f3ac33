package dev.clientela.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Tiers 3 to 5 of a one-word query, read in ranking order rather than ranked after reading: each
 * dictionary word the query word starts (or, with typos, is near) is a level of known tier and
 * distance, and each level is a range scan of {@code client_words} already in name order, stopped
 * after a page. A fragment in 100,000 names costs a page per level instead of 100,000 rows sorted.
 */
@Repository
class OneWordSearch {

    /**
     * Past this many dictionary words under a prefix (a fragment of one or two letters in a large
     * tenant) the levels cost more than ranking the candidates, which then drive the search.
     */
    static final int MAX_LEVELS = 200;

    private final JdbcClient jdbc;

    OneWordSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The word's matches ranked after {@code after}, or empty when it has too many levels. */
    <T> Optional<List<T>> ranked(
            UUID tenantId,
            SearchQuery.Word word,
            String leading,
            Map<String, Integer> near,
            String filters,
            Map<String, Object> params,
            SearchRank after,
            int want,
            RowMapper<T> mapper) {
        List<String> completions = jdbc.sql("""
                        select word from client_dictionary
                        where tenant_id = :tenant and word >= :word and word < :word_end
                        order by length(word), word limit :levels""")
                .param("tenant", tenantId)
                .param("word", word.name())
                .param("word_end", word.name() + ClientSearch.AFTER_ALL)
                .param("levels", MAX_LEVELS + 1)
                .query(String.class)
                .list();
        if (completions.size() > MAX_LEVELS) {
            return Optional.empty();
        }
        Map<String, Object> p = new LinkedHashMap<>(params);
        List<String> levels = new ArrayList<>();
        for (String completion : completions) {
            int tier = completion.equals(word.name()) ? 3 : 4;
            levels.add(level(
                    p,
                    levels.size(),
                    completion,
                    tier,
                    completion.length() - word.name().length(),
                    0));
        }
        int k = 1;
        for (Map.Entry<String, Integer> typo : near.entrySet()) {
            levels.add(level(p, levels.size(), typo.getKey(), 5, typo.getValue(), k++));
        }
        if (levels.isEmpty()) {
            return Optional.of(List.of());
        }
        p.put("w", word.name());
        p.put("w_end", word.name() + ClientSearch.AFTER_ALL);
        p.put("typos", String.join(" ", near.keySet()));
        p.put("leading", leading);
        p.put("leading_end", leading + ClientSearch.AFTER_ALL);
        p.put("after_tier", after.tier());
        p.put("after_distance", after.distance());
        p.put("after_name", after.nameKey());
        p.put("after_number", after.number());
        p.put("want", want);
        // A client is listed at its best level only: no word of it in a lower level, nor an
        // earlier word of the same level.
        String sql = "select " + ClientRows.COLUMNS + ", name_key, tier, distance from (values "
                + String.join(", ", levels) + """
                ) lv (word, tier, distance, k)
                cross join lateral (
                    select c.* from client_words x
                    join lateral (select * from clients where tenant_id = :tenant and id = x.client_id and\s""" + filters + """
                        ) c on true
                    where x.tenant_id = :tenant and x.word = lv.word
                      and (x.name_key, x.number) > (
                          case when (lv.tier, lv.distance) = (:after_tier, :after_distance)
                               then cast(:after_name as text) else '' end,
                          case when (lv.tier, lv.distance) = (:after_tier, :after_distance)
                               then cast(:after_number as bigint) else -1 end)
                      and not (x.name_key >= :leading and x.name_key < :leading_end)
                      and not exists (
                          select 1 from client_words y where y.tenant_id = :tenant and y.client_id = x.client_id
                          and ((y.word >= :w and y.word < :w_end
                                and (lv.tier = 5 or length(y.word) < length(lv.word)
                                     or (length(y.word) = length(lv.word) and y.word < lv.word)))
                               or (lv.tier = 5 and y.word = any((string_to_array(:typos, ' '))[1 : lv.k - 1]))))
                    order by x.name_key, x.number limit :want) hit
                where (lv.tier, lv.distance) >= (:after_tier, :after_distance)
                order by tier, distance, name_key, number limit :want""";
        return Optional.of(jdbc.sql(sql).params(p).query(mapper).list());
    }

    private static String level(Map<String, Object> p, int index, String word, int tier, int distance, int k) {
        p.put("lv" + index, word);
        return "(cast(:lv" + index + " as text) collate \"C\", " + tier + ", " + distance + ", " + k + ")";
    }
}
