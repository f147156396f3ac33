package dev.clientela.client;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Tiers 3 and 4 of a two-word query, read in ranking order from pair words ({@link SearchWords}):
 * each two dictionary words the query words start ("lopez" and "maria" for "lopez ma") are a level
 * of known tier and distance, and each level is a range scan of {@code client_words} already in name
 * order, stopped after a page. Two common words ("ramirez m" in a million clients: 25,000 clients of
 * "ramirez", 350,000 words starting with "m") cost a page per level instead of the intersection of
 * two lists of tens of thousands, ranked whole.
 */
@Repository
class PairSearch {

    /** Past this many pairs of completions the levels cost more than ranking the candidates. */
    static final int MAX_LEVELS = 300;

    private final JdbcClient jdbc;

    PairSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The query's matches ranked after {@code after}, or empty when they are not read from pairs:
     * too many levels, or a client with too many words to have pair words may match.
     */
    <T> Optional<List<T>> ranked(
            UUID tenantId,
            SearchQuery query,
            String filters,
            Map<String, Object> params,
            SearchRank after,
            int want,
            RowMapper<T> mapper) {
        String one = query.words().get(0).name();
        String other = query.words().get(1).name();
        Words words = words(tenantId, one, other);
        List<String> ones = words.ones();
        List<String> others = words.others();
        if (ones.size() * (long) others.size() > MAX_LEVELS || words.unpaired()) {
            return Optional.empty();
        }
        List<Level> levels = new ArrayList<>();
        for (String a : ones) {
            for (String b : others) {
                int distance = a.length() - one.length() + b.length() - other.length();
                String word = a.equals(b) ? a : SearchWords.pair(a, b);
                levels.add(new Level(word, a, b, distance == 0 ? 3 : 4, distance));
            }
        }
        levels.sort(Comparator.comparingInt(Level::tier).thenComparingInt(Level::distance));
        levels.removeIf(level ->
                level.tier() < after.tier() || (level.tier() == after.tier() && level.distance() < after.distance()));
        // Levels are read in batches of whole ranks, in ranking order, the first rank alone and each
        // batch twice the ranks of the one before: once a batch fills the page, the levels after it
        // (all ranked lower) are not read at all.
        List<T> page = new ArrayList<>();
        int from = 0;
        for (int ranks = 1; from < levels.size() && page.size() < want; ranks *= 2) {
            int to = from + 1;
            for (int rank = 1; to < levels.size(); to++) {
                if (!levels.get(to).sameRank(levels.get(to - 1)) && ++rank > ranks) {
                    break;
                }
            }
            page.addAll(batch(levels.subList(from, to), query, filters, params, after, want - page.size(), mapper));
            from = to;
        }
        return Optional.of(page);
    }

    private record Level(String word, String one, String other, int tier, int distance) {
        boolean sameRank(Level level) {
            return tier == level.tier && distance == level.distance;
        }
    }

    private <T> List<T> batch(
            List<Level> levels,
            SearchQuery query,
            String filters,
            Map<String, Object> params,
            SearchRank after,
            int want,
            RowMapper<T> mapper) {
        Map<String, Object> p = new LinkedHashMap<>(params);
        List<String> values = new ArrayList<>();
        for (Level level : levels) {
            int i = values.size();
            p.put("lv" + i, level.word());
            p.put("la" + i, level.one());
            p.put("lb" + i, level.other());
            values.add("(cast(:lv%d as text) collate \"C\", cast(:la%d as text) collate \"C\",".formatted(i, i)
                    + " cast(:lb%d as text) collate \"C\", %d, %d)".formatted(i, level.tier(), level.distance()));
        }
        String one = query.words().get(0).name();
        String other = query.words().get(1).name();
        p.put("w0", one);
        p.put("w0_end", one + ClientSearch.AFTER_ALL);
        p.put("w1", other);
        p.put("w1_end", other + ClientSearch.AFTER_ALL);
        p.put("leading", query.leadingWords());
        p.put("leading_end", query.leadingWords() + ClientSearch.AFTER_ALL);
        p.put("after_tier", after.tier());
        p.put("after_distance", after.distance());
        p.put("after_name", after.nameKey());
        p.put("after_number", after.number());
        p.put("want", want);
        // A client is listed at its best level only: for each query word, the shortest word of it
        // the query word starts (the first of those in word order) is the one its level has.
        String sql = "select " + ClientRows.COLUMNS + ", name_key, tier, distance from (values "
                + String.join(", ", values) + """
                ) lv (word, a, b, tier, distance)
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
                          and y.word >= :w0 and y.word < :w0_end
                          and (length(y.word) < length(lv.a) or (length(y.word) = length(lv.a) and y.word < lv.a)))
                      and not exists (
                          select 1 from client_words y where y.tenant_id = :tenant and y.client_id = x.client_id
                          and y.word >= :w1 and y.word < :w1_end
                          and (length(y.word) < length(lv.b) or (length(y.word) = length(lv.b) and y.word < lv.b)))
                    order by x.name_key, x.number limit :want) hit
                where (lv.tier, lv.distance) >= (:after_tier, :after_distance)
                order by tier, distance, name_key, number limit :want""";
        return jdbc.sql(sql).params(p).query(mapper).list();
    }

    /**
     * The tenant's name words each query word starts, shortest first (at most one more than the
     * levels allow), and whether a client without pair words (more name words than are paired)
     * has words both start: one round trip.
     */
    private Words words(UUID tenantId, String one, String other) {
        return jdbc.sql("""
                        select
                            array(select word from client_dictionary
                                  where tenant_id = :tenant and word >= :one and word < :one_end
                                  order by length(word), word limit :most) as ones,
                            array(select word from client_dictionary
                                  where tenant_id = :tenant and word >= :other and word < :other_end
                                  order by length(word), word limit :most) as others,
                            exists (
                                select 1 from (
                                    select client_id from client_words
                                    where tenant_id = :tenant and word = :unpaired offset 0) x
                                where exists (select 1 from client_words y where y.tenant_id = :tenant
                                            and y.client_id = x.client_id and y.word >= :one and y.word < :one_end)
                                and exists (select 1 from client_words y where y.tenant_id = :tenant
                                            and y.client_id = x.client_id and y.word >= :other
                                            and y.word < :other_end)) as unpaired""")
                .param("tenant", tenantId)
                .param("unpaired", SearchWords.PAIR)
                .param("one", one)
                .param("one_end", one + ClientSearch.AFTER_ALL)
                .param("other", other)
                .param("other_end", other + ClientSearch.AFTER_ALL)
                .param("most", MAX_LEVELS + 1)
                .query((rs, row) -> new Words(
                        List.of((String[]) rs.getArray("ones").getArray()),
                        List.of((String[]) rs.getArray("others").getArray()),
                        rs.getBoolean("unpaired")))
                .single();
    }

    private record Words(List<String> ones, List<String> others, boolean unpaired) {}
}
