package dev.clientela.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SQL of one search, its values added to the parameters it is given. Candidates come from
 * {@code client_words} alone, with the name key and number stored beside each word. For each query
 * word a lateral probe of the candidate's own words (primary key: tenant, client, word) says how it
 * matched: {@code p_i} letters the shortest matching name word has beyond the query word (0: the
 * whole word), {@code ip_i} the same for an identifier, {@code eq_i} whether an identifier is the
 * word itself, {@code e_i} the fewest edits to a neighbouring word. The matches are ranked and
 * sorted before any client row is read; rows are then read in ranking order, by primary key, with
 * the listing's filters, until a page is full. Reading the row of every candidate first (15,000 for
 * "mamani m" in a million clients) cost more than all the probes together.
 */
final class SearchSql {

    /**
     * The words whose clients are intersected for the candidates (the others are probed per
     * candidate); {@code common} when even the rarest has more index entries than were counted
     * ("r t" in a million clients): then only {@link #COMMON_CANDIDATES} clients of the
     * intersection are ranked, so that the search answers within its time.
     */
    record Narrowing(List<Integer> words, boolean common) {}

    static final int COMMON_CANDIDATES = 5_000;

    private final SearchQuery query;
    private final Map<SearchQuery.Word, Map<String, Integer>> near;

    SearchSql(SearchQuery query, Map<SearchQuery.Word, Map<String, Integer>> near, Map<String, Object> params) {
        this.query = query;
        this.near = near;
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
     * A page of matches ranked after the rank in {@code :after_*}, at most {@code :want}, with
     * {@link ClientRows#COLUMNS}, {@code name_key}, {@code tier} and {@code distance}.
     */
    String page(Narrowing driving, String filters) {
        return """
                select %s, name_key, tier, distance from (
                    select c.*, r.tier, r.distance from (
                        select * from (%s) m
                        where (tier, distance, name_key, number)
                            > (:after_tier, :after_distance, :after_name, :after_number)
                        order by tier, distance, name_key, number) r
                    cross join lateral (
                        select * from clients where tenant_id = :tenant and id = r.cid and %s limit 1) c
                    order by r.tier, r.distance, r.name_key, r.number
                    limit :want) page""".formatted(ClientRows.COLUMNS, matches(driving), filters);
    }

    /** Every match that passes {@code filters}: one row each. */
    String all(Narrowing driving, String filters) {
        return """
                select 1 from (%s) m
                where exists (select 1 from clients where tenant_id = :tenant and id = m.cid and %s)""".formatted(matches(driving), filters);
    }

    /** Every client matching every word, with its rank, before the filters on its row. */
    private String matches(Narrowing driving) {
        StringBuilder from = new StringBuilder();
        List<String> matched = new ArrayList<>();
        List<String> equal = new ArrayList<>();
        List<String> whole = new ArrayList<>();
        List<String> prefixed = new ArrayList<>();
        List<String> letters = new ArrayList<>();
        List<String> edits = new ArrayList<>();
        List<String> probes = new ArrayList<>();
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
            String edit = edits(word, i, columns);
            probes.add(String.join(", ", columns));
            from.append(" cross join lateral (select ")
                    .append(String.join(", ", columns))
                    .append(" from client_words x where x.tenant_id = :tenant and x.client_id = cand.cid and (")
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
        if (query.number() != null) {
            all = "(" + all + " or cand.number = :q_number)";
            equal.add("cand.number = :q_number");
        }
        String tier = "case"
                + (equal.isEmpty() ? "" : " when " + String.join(" or ", equal) + " then 1")
                + (query.leadingWords() == null
                        ? ""
                        : " when cand.name_key >= :leading and cand.name_key < :leading_end then 2")
                + " when " + String.join(" and ", whole) + " then 3"
                + " when " + String.join(" and ", prefixed) + " then 4"
                + " else 5 end";
        String ranked =
                "select cid, name_key, number, tier, case tier when 4 then %s when 5 then %s else 0 end as distance"
                        .formatted(String.join(" + ", letters), String.join(" + ", edits));
        if (wordCount() == 1 && !driving.common()) {
            // One word: how each client matched is read from the very index entries that found it,
            // grouped by client, with no probe per candidate (1,609 candidates of '1071' took 960 ms).
            String found = "select x.client_id as cid, x.name_key, x.number, x.word from client_words x"
                    + " where x.tenant_id = :tenant and (" + condition(0) + ")"
                    + (query.number() == null
                            ? ""
                            : " union all select id, name_key, number, null from clients where tenant_id = :tenant"
                                    + " and number = :q_number");
            return """
                    %s from (
                        select cand.*, %s as tier
                        from (select cid, name_key, number, %s from (%s) x group by cid, name_key, number) cand
                        where %s) t""".formatted(ranked, tier, probes.getFirst(), found, all);
        }
        return """
                %s from (
                    select cand.*, %s, %s as tier
                    from (%s) cand %s
                    where %s) t""".formatted(ranked, lateralColumns(), tier, candidates(driving), from, all);
    }

    /** The column {@code e_i} of query word {@code i}'s typo neighbours, or {@code null::int} without any. */
    private String edits(SearchQuery.Word word, int i, List<String> columns) {
        Map<String, Integer> typos = near.getOrDefault(word, Map.of());
        if (typos.isEmpty()) {
            return "null::int";
        }
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
        return "e_" + i;
    }

    /** The clients ranked: {@code cid}, {@code name_key} and {@code number}, each once. */
    private String candidates(Narrowing driving) {
        List<String> each = new ArrayList<>();
        for (int i : driving.words()) {
            each.add("select x.client_id as cid, x.name_key, x.number from client_words x where x.tenant_id = :tenant"
                    + " and (" + condition(i) + ")");
        }
        String candidates;
        if (driving.common()) {
            candidates = "select distinct cid, name_key, number from (" + String.join(" intersect ", each) + " limit "
                    + COMMON_CANDIDATES + ") common";
        } else if (each.size() == 1) {
            candidates = each.getFirst().replaceFirst("select ", "select distinct ");
        } else {
            candidates = String.join(" intersect ", each);
        }
        if (query.number() != null) {
            candidates += " union select id, name_key, number from clients where tenant_id = :tenant"
                    + " and number = :q_number";
        }
        return candidates;
    }

    private String lateralColumns() {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < wordCount(); i++) {
            all.add("m" + i + ".*");
        }
        return String.join(", ", all);
    }
}
