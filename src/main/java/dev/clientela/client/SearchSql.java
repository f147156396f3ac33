package dev.clientela.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SQL of one search, its values added to the parameters it is given. For each query word a
 * lateral probe of the client's own words (primary key: tenant, client, word) says how it matched:
 * {@code p_i} letters the shortest matching name word has beyond the query word (0: the whole
 * word), {@code ip_i} the same for an identifier, {@code eq_i} whether an identifier is the word
 * itself, {@code e_i} the fewest edits to a neighbouring word. Each candidate reads its client row
 * by primary key through a lateral subquery with {@code limit 1}, which keeps the join a nested
 * loop: as a plain join, 751 candidates among 50,000 clients were hashed against a sequential scan
 * of the whole tenant (250 ms, where the probes take 40).
 */
final class SearchSql {

    private final SearchQuery query;
    private final Map<SearchQuery.Word, Map<String, Integer>> near;
    private final Map<String, Object> params;

    SearchSql(SearchQuery query, Map<SearchQuery.Word, Map<String, Integer>> near, Map<String, Object> params) {
        this.query = query;
        this.near = near;
        this.params = params;
        for (int i = 0; i < query.words().size(); i++) {
            SearchQuery.Word word = query.words().get(i);
            if (word.name() != null) {
                params.put("n" + i, word.name());
                params.put("n" + i + "_end", word.name() + ClientSearch.AFTER_ALL);
                params.put("n" + i + "_len", word.name().length());
            }
            if (word.identifier() != null) {
                params.put("d" + i, word.identifier());
                params.put("d" + i + "_end", word.identifier() + ClientSearch.AFTER_ALL);
                params.put("d" + i + "_len", word.identifier().length());
            }
            int j = 0;
            for (String typo : near.getOrDefault(word, Map.of()).keySet()) {
                params.put("t" + i + "_" + j++, typo);
            }
        }
        if (query.number() != null) {
            params.put("q_number", query.number());
        }
        if (query.leadingWords() != null) {
            params.put("leading", query.leadingWords());
            params.put("leading_end", query.leadingWords() + ClientSearch.AFTER_ALL);
        }
    }

    /**
     * The words whose clients are intersected for the candidates; {@code common} when even the
     * rarest has more index entries than were counted ("r t" in a million clients), and only
     * {@link #COMMON_CANDIDATES} of the intersection are ranked, so that the search answers within
     * its time instead of ranking a tenth of the tenant.
     */
    record Narrowing(List<Integer> words, boolean common) {}

    static final int COMMON_CANDIDATES = 5_000;

    int wordCount() {
        return query.words().size();
    }

    /** The words of {@code client_words x} that query word {@code i} matches. */
    String condition(int i) {
        SearchQuery.Word word = query.words().get(i);
        List<String> any = new ArrayList<>();
        if (word.name() != null) {
            any.add("(x.word >= :n" + i + " and x.word < :n" + i + "_end)");
        }
        if (word.identifier() != null) {
            any.add("(x.word >= :d" + i + " and x.word < :d" + i + "_end)");
        }
        Map<String, Integer> typos = near.getOrDefault(word, Map.of());
        if (!typos.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (int j = 0; j < typos.size(); j++) {
                names.add(":t" + i + "_" + j);
            }
            any.add("x.word in (" + String.join(", ", names) + ")");
        }
        return String.join(" or ", any);
    }

    /**
     * Every client matching every word, with its {@code tier} and {@code distance}, among those
     * matching each word of {@code driving}; {@code filters} are the listing's conditions on the client row.
     */
    String ranked(Narrowing driving, String filters) {
        StringBuilder from = new StringBuilder();
        List<String> matched = new ArrayList<>();
        List<String> equal = new ArrayList<>();
        List<String> whole = new ArrayList<>();
        List<String> prefixed = new ArrayList<>();
        List<String> letters = new ArrayList<>();
        List<String> edits = new ArrayList<>();
        for (int i = 0; i < wordCount(); i++) {
            SearchQuery.Word word = query.words().get(i);
            List<String> columns = new ArrayList<>();
            List<String> prefix = new ArrayList<>();
            if (word.name() != null) {
                columns.add("min(length(x.word)) filter (where x.word >= :n" + i + " and x.word < :n" + i + "_end) - :n"
                        + i + "_len as p_" + i);
                prefix.add("p_" + i);
            }
            if (word.identifier() != null) {
                columns.add("min(length(x.word)) filter (where x.word >= :d" + i + " and x.word < :d" + i + "_end) - :d"
                        + i + "_len as ip_" + i);
                columns.add("coalesce(bool_or(x.word = :d" + i + "), false) as eq_" + i);
                prefix.add("ip_" + i);
                equal.add("eq_" + i);
            }
            Map<String, Integer> typos = near.getOrDefault(word, Map.of());
            String edit = "null::int";
            if (!typos.isEmpty()) {
                StringBuilder cases = new StringBuilder("min(case x.word");
                int j = 0;
                for (int distance : typos.values()) {
                    cases.append(" when :t")
                            .append(i)
                            .append('_')
                            .append(j++)
                            .append(" then ")
                            .append(distance);
                }
                columns.add(cases.append(" end) as e_").append(i).toString());
                edit = "e_" + i;
            }
            from.append(" cross join lateral (select ")
                    .append(String.join(", ", columns))
                    .append(" from client_words x where x.tenant_id = :tenant and x.client_id = c.id and (")
                    .append(condition(i))
                    .append(")) m")
                    .append(i);
            String distance = prefix.size() == 1 ? prefix.getFirst() : "least(" + String.join(", ", prefix) + ")";
            matched.add("(" + distance + " is not null or " + edit + " is not null)");
            whole.add(distance + " = 0");
            prefixed.add(distance + " is not null");
            letters.add(distance);
            edits.add("coalesce(" + distance + " * 0, " + edit + ")");
        }
        String all = String.join(" and ", matched);
        List<String> each = new ArrayList<>();
        for (int i : driving.words()) {
            each.add("select x.client_id as cid from client_words x where x.tenant_id = :tenant and (" + condition(i)
                    + ")");
        }
        String candidates = String.join(" intersect ", each);
        if (driving.common()) {
            candidates = "select cid from (" + candidates + ") common limit " + COMMON_CANDIDATES;
        }
        if (query.number() != null) {
            all = "(" + all + " or c.number = :q_number)";
            equal.add("c.number = :q_number");
            candidates += " union select id from clients where tenant_id = :tenant and number = :q_number";
        } else if (each.size() == 1) {
            candidates = candidates.replaceFirst("select ", "select distinct ");
        }
        String tier = "case"
                + (equal.isEmpty() ? "" : " when " + String.join(" or ", equal) + " then 1")
                + (query.leadingWords() == null
                        ? ""
                        : " when c.name_key >= :leading and c.name_key < :leading_end then 2")
                + " when " + String.join(" and ", whole) + " then 3"
                + " when " + String.join(" and ", prefixed) + " then 4"
                + " else 5 end";
        return """
                select t.*, case tier when 4 then %s when 5 then %s else 0 end as distance from (
                    select c.*, %s, %s as tier
                    from (%s) cand
                    cross join lateral (select * from clients where tenant_id = :tenant and id = cand.cid limit 1) c %s
                    where %s and %s) t""".formatted(
                        String.join(" + ", letters),
                        String.join(" + ", edits),
                        lateralColumns(),
                        tier,
                        candidates,
                        from,
                        filters,
                        all);
    }

    private String lateralColumns() {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < wordCount(); i++) {
            all.add("m" + i + ".*");
        }
        return String.join(", ", all);
    }
}
