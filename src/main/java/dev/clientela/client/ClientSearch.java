package dev.clientela.client;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import dev.clientela.web.Page;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ranked search: every query word a prefix of some word of the client (typos allowed when the
 * words find fewer clients than a page), ranked in five tiers (README, "Search") and paged by a
 * keyset cursor on the rank, so a page never repeats or skips a client while others are added.
 */
@Repository
class ClientSearch {

    /** Sorts after every stored word in the "C" collation: the end of a prefix range. */
    static final String AFTER_ALL = new String(Character.toChars(Character.MAX_CODE_POINT));

    /** Up to this many matches a total is counted; past it, it is estimated. */
    static final int EXACT_TOTAL = 1000;

    /** One search may not hold a connection longer than this, whatever it is asked. */
    private static final int TIMEOUT_MILLIS = 3_000;

    private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*([0-9.e+]+)");

    private final JdbcClient jdbc;
    private final ClientRows clientRows;
    private final Typos typos;
    private final OneWordSearch oneWord;
    private final WordRarity rarity;
    private final PairSearch pairs;

    ClientSearch(
            JdbcClient jdbc,
            ClientRows clientRows,
            Typos typos,
            OneWordSearch oneWord,
            WordRarity rarity,
            PairSearch pairs) {
        this.jdbc = jdbc;
        this.clientRows = clientRows;
        this.typos = typos;
        this.oneWord = oneWord;
        this.rarity = rarity;
        this.pairs = pairs;
    }

    Page<Client> search(UUID tenantId, ClientQuery query, String filters, Map<String, Object> params) {
        SearchQuery words = SearchQuery.of(query.q());
        // A search's best plan depends on its words ('ana' is in a tenth of a tenant, 'zoila' in a
        // handful): plan each for its own values, never with a generic plan the driver caches.
        // Nor in parallel: on a busy server, workers for one search are taken from the others.
        jdbc.sql("select set_config('statement_timeout', :timeout, true),"
                        + " set_config('plan_cache_mode', 'force_custom_plan', true),"
                        + " set_config('max_parallel_workers_per_gather', '0', true)")
                .param("timeout", String.valueOf(TIMEOUT_MILLIS))
                .query()
                .listOfRows();
        try {
            return rankedPage(tenantId, query, words, filters, params);
        } catch (DataAccessException e) {
            if (cancelled(e)) {
                throw new ApiProblem(
                        ErrorCode.SERVICE_UNAVAILABLE,
                        "The search took too long; more or longer words narrow it",
                        List.of(),
                        Map.of());
            }
            throw e;
        }
    }

    private Page<Client> rankedPage(
            UUID tenantId, ClientQuery query, SearchQuery words, String filters, Map<String, Object> params) {
        SearchRank after = query.cursor() == null ? SearchRank.FIRST : SearchRank.of(query.cursor());
        int skip = query.cursor() == null ? query.offset() : 0;
        int want = skip + query.limit() + 1;
        List<Ranked> rows = new ArrayList<>();
        SearchRank rest = after;
        if (words.number() == null
                && words.words().stream().allMatch(w -> w.identifier() == null)
                && words.leadingWords() != null
                && after.tier() <= 2) {
            rows.addAll(leading(words, filters, params, after, want));
            rest = SearchRank.afterTier(2, after.typos());
        }
        List<Ranked> leading = List.copyOf(rows);
        Map<SearchQuery.Word, Map<String, Integer>> near = after.typos() ? neighbours(tenantId, words) : Map.of();
        if (rows.size() < want) {
            rows.addAll(ranked(tenantId, words, filters, params, rest, want - rows.size(), near));
        }
        boolean typoed = after.typos();
        if (!typoed && query.cursor() == null && rows.size() < query.limit()) {
            near = neighbours(tenantId, words);
            if (!near.isEmpty()) {
                typoed = true;
                rows = new ArrayList<>(leading);
                rows.addAll(ranked(tenantId, words, filters, params, rest, want - rows.size(), near));
            }
        }
        rows = rows.subList(Math.min(skip, rows.size()), rows.size());
        boolean hasMore = rows.size() > query.limit();
        List<Ranked> page = hasMore ? rows.subList(0, query.limit()) : rows;
        String next = hasMore ? page.getLast().rank(typoed).cursor() : null;
        Total total = query.includeTotal() ? total(tenantId, words, filters, params, near) : null;
        return new Page<>(
                page.stream().map(Ranked::client).toList(),
                hasMore,
                next,
                total == null ? null : total.value(),
                total == null ? null : total.estimated());
    }

    /**
     * Tier 2 alone, from the name index: clients whose name starts with the query's words, in order.
     * The range starts at one row bound, the later of the leading words and the cursor: given both
     * a {@code name_key >= } bound and a row bound, PostgreSQL's index scan started from the row bound
     * and walked every name of the tenant alphabetically before the leading words (50 ms for "z" at a
     * million clients, 0.5 ms from the right start).
     */
    private List<Ranked> leading(
            SearchQuery words, String filters, Map<String, Object> params, SearchRank after, int want) {
        return jdbc.sql(leadingSql(filters))
                .params(leadingParams(words, params, after, want))
                .query(this::ranked)
                .list();
    }

    static String leadingSql(String filters) {
        return "select " + ClientRows.COLUMNS + ", name_key, 2 as tier, 0 as distance from clients where " + filters
                + """
                 and (name_key, number) > (
                     greatest(cast(:after_name as text) collate "C", cast(:leading as text) collate "C"),
                     case when cast(:after_name as text) collate "C" >= cast(:leading as text) collate "C"
                          then cast(:after_number as bigint) else -1 end)
                 and name_key < :leading_end
                order by name_key, number limit :want""";
    }

    static Map<String, Object> leadingParams(
            SearchQuery words, Map<String, Object> params, SearchRank after, int want) {
        Map<String, Object> p = new LinkedHashMap<>(params);
        p.put("leading", words.leadingWords());
        p.put("leading_end", words.leadingWords() + AFTER_ALL);
        p.put("after_name", after.tier() == 2 ? after.nameKey() : "");
        p.put("after_number", after.tier() == 2 ? after.number() : -1L);
        p.put("want", want);
        return p;
    }

    /** Every tier after {@code after}, computed for each client that matches the rarest word. */
    private List<Ranked> ranked(
            UUID tenantId,
            SearchQuery words,
            String filters,
            Map<String, Object> params,
            SearchRank after,
            int want,
            Map<SearchQuery.Word, Map<String, Integer>> near) {
        SearchQuery.Word only = words.words().getFirst();
        if (words.words().size() == 1
                && words.number() == null
                && only.identifier() == null
                && only.name() != null
                && words.leadingWords() != null) {
            var levelled = oneWord.ranked(
                    tenantId,
                    only,
                    words.leadingWords(),
                    near.getOrDefault(only, Map.of()),
                    filters,
                    params,
                    after,
                    want,
                    this::ranked);
            if (levelled.isPresent()) {
                return levelled.get();
            }
        }
        if (words.words().size() == 2
                && words.number() == null
                && words.leadingWords() != null
                && near.isEmpty()
                && words.words().stream().allMatch(w -> w.name() != null && w.identifier() == null)) {
            var paired = pairs.ranked(tenantId, words, filters, params, after, want, this::ranked);
            if (paired.isPresent()) {
                return paired.get();
            }
        }
        Map<String, Object> p = new LinkedHashMap<>(params);
        SearchSql sql = new SearchSql(words, near, p);
        SearchSql.Narrowing driving = rarity.narrowing(sql, p);
        p.put("after_tier", after.tier());
        p.put("after_distance", after.distance());
        p.put("after_name", after.nameKey());
        p.put("after_number", after.number());
        p.put("want", want);
        return jdbc.sql(sql.page(driving, filters))
                .params(p)
                .query(this::ranked)
                .list();
    }

    private Map<SearchQuery.Word, Map<String, Integer>> neighbours(UUID tenantId, SearchQuery words) {
        Map<SearchQuery.Word, Map<String, Integer>> near = new LinkedHashMap<>();
        for (SearchQuery.Word word : words.words()) {
            if (word.typos() > 0) {
                Map<String, Integer> found = typos.near(tenantId, word.name(), word.typos());
                if (!found.isEmpty()) {
                    near.put(word, found);
                }
            }
        }
        return near;
    }

    private record Total(long value, boolean estimated) {}

    private Total total(
            UUID tenantId,
            SearchQuery words,
            String filters,
            Map<String, Object> params,
            Map<SearchQuery.Word, Map<String, Integer>> near) {
        Map<String, Object> p = new LinkedHashMap<>(params);
        SearchSql sql = new SearchSql(words, near, p);
        String matches = sql.all(rarity.narrowing(sql, p), filters);
        long counted = jdbc.sql("select count(*) from (" + matches + " limit " + (EXACT_TOTAL + 1) + ") m")
                .params(p)
                .query(Long.class)
                .single();
        if (counted <= EXACT_TOTAL) {
            return new Total(counted, false);
        }
        String plan = jdbc.sql("explain (format json) " + matches)
                .params(p)
                .query(String.class)
                .single();
        Matcher rows = PLAN_ROWS.matcher(plan);
        long estimate = rows.find() ? (long) Double.parseDouble(rows.group(1)) : counted;
        return new Total(Math.max(estimate, counted), true);
    }

    /** The condition a query {@code q} puts on rows of {@code clients} in a listing sorted otherwise. */
    static String matchCondition(String q, Map<String, Object> params) {
        SearchQuery words = SearchQuery.of(q);
        SearchSql sql = new SearchSql(words, Map.of(), params);
        List<String> each = new ArrayList<>();
        for (int i = 0; i < sql.wordCount(); i++) {
            String words_i =
                    "select x.client_id from client_words x where x.tenant_id = :tenant and (" + sql.condition(i) + ")";
            each.add(i == 0 ? "id in (" + words_i + ")" : "exists (" + words_i + " and x.client_id = clients.id)");
        }
        String all = "(" + String.join(" and ", each) + ")";
        if (words.number() != null) {
            params.put("q_number", words.number());
            return "(" + all + " or number = :q_number)";
        }
        return all;
    }

    private Ranked ranked(java.sql.ResultSet rs, int row) throws SQLException {
        return new Ranked(
                clientRows.mapper().mapRow(rs, row),
                rs.getInt("tier"),
                rs.getInt("distance"),
                rs.getString("name_key"));
    }

    private static boolean cancelled(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private record Ranked(Client client, int tier, int distance, String nameKey) {
        SearchRank rank(boolean typos) {
            return new SearchRank(tier, distance, nameKey, client.number(), typos);
        }
    }
}
