package dev.clientela.client;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which words of a search drive it: each word's index entries counted, up to a cap, in one statement. */
@Repository
class WordRarity {

    /**
     * How far the rarity of each query word is counted before the rarest one drives the search: a
     * word's index entries are counted from the btree alone, 10,000 in about a millisecond.
     */
    private static final int RARITY_PROBE = 10_000;

    /**
     * A word is intersected with the rarest when it has at most this many times its entries (or
     * times {@link #FEW}); a commoner word is probed per candidate instead. Reading a word's entries
     * is sequential in the index, a probe a random page of it: on a cold cache, probing the 5,800
     * clients of "amazonia" for a "co" word (80,000 entries) took 1.6 s, reading both 30 ms.
     */
    private static final int INTERSECTED = 20;

    private static final int FEW = 50;

    private final JdbcClient jdbc;

    WordRarity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The query words whose clients are intersected to find the candidates, rarest first, each
     * read whole from the index alone: the rarest, and those with at most {@link #INTERSECTED}
     * times its entries. Intersecting "ricardo" (800 entries) and "och" (1,000) leaves a few dozen
     * clients to rank; reading all of "ma" (200,000 entries in a million clients) to intersect it
     * with "zoila" (40) costs far more than probing each client of "zoila" for a "ma" word.
     */
    SearchSql.Narrowing narrowing(SearchSql sql, Map<String, Object> p) {
        int count = sql.wordCount();
        if (count == 1) {
            return new SearchSql.Narrowing(List.of(0), false);
        }
        List<String> probes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            probes.add("(select count(*) from (select 1 from client_words x where x.tenant_id = :tenant and ("
                    + sql.condition(i) + ") limit " + RARITY_PROBE + ") s" + i + ")");
        }
        long[] counts = jdbc.sql("select " + String.join(", ", probes))
                .params(p)
                .query((rs, n) -> {
                    long[] c = new long[count];
                    for (int i = 0; i < count; i++) {
                        c[i] = rs.getLong(i + 1);
                    }
                    return c;
                })
                .single();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong(i -> counts[i]));
        long rarest = counts[order.getFirst()];
        return new SearchSql.Narrowing(
                order.stream()
                        .filter(i -> counts[i] <= INTERSECTED * Math.max(rarest, FEW))
                        .toList(),
                rarest >= RARITY_PROBE);
    }
}
