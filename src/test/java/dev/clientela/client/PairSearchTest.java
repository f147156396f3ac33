package dev.clientela.client;

import static dev.clientela.client.ClientRequests.ids;
import static dev.clientela.client.ClientRequests.list;
import static dev.clientela.client.ClientRequests.register;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.ApiTest;
import dev.clientela.support.Seed;
import dev.clientela.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two-word searches, which a tenant's pair words answer, give exactly the order the README's ranking
 * rules give, computed here from the clients' names alone: for clients written through the API
 * (their words made in Java) and loaded in bulk (made by the migration's SQL function), with names
 * too long to have pair words among them, page by page through the cursor.
 */
class PairSearchTest extends ApiTest {

    /** Words sharing prefixes, so that a fragment starts several of them at several distances. */
    private static final String[] WORDS = {
        "Mar", "María", "Mariana", "Marín", "Martín", "Martínez", "Mamani", "Ma", "López", "Lozano", "Los", "Luz",
        "Lucía", "Ramírez", "Ramos", "Rosa", "Ruiz", "Quispe", "Quintana", "Andrés", "Ana", "Anaya", "Díaz", "Diego"
    };

    private static final int LIMIT = 7;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Seed seed;

    @BeforeAll
    static void drawSeed() {
        seed = Seed.forRun(PairSearchTest.class);
    }

    @Test
    void pagesOfTwoWordSearchesFollowTheRankingRulesExactly() throws Exception {
        Random random = seed.random();
        Api shop = api.as(openTenant("Comercial Pares", "PE"));
        UUID tenant = shop.tenantId();
        for (int i = 0; i < 60; i++) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", name(random, 2 + random.nextInt(3)));
            if (random.nextInt(4) == 0) {
                body.put("kind", "COMPANY");
                body.put("trade_name", name(random, 1 + random.nextInt(2)));
            }
            register(shop, JSON.writeValueAsString(body));
        }
        bulkLoad(tenant, random, 240);

        List<Named> clients = clients(tenant);
        assertThat(clients.stream().filter(c -> words(c).size() > SearchWords.MAX_PAIRED))
                .as("clients too long to have pair words")
                .isNotEmpty();
        int compared = 0;
        for (int i = 0; i < 60; i++) {
            String q = query(random, clients);
            List<String> expected = ranked(clients, q);
            if (expected.size() < LIMIT && SearchQuery.of(q).words().stream().anyMatch(w -> w.typos() > 0)) {
                continue; // fewer matches than a page: typos may add clients, which these rules leave out
            }
            assertThat(everyPage(shop, q)).as("%s, q=%s", seed, q).containsExactlyElementsOf(expected);
            compared++;
        }
        assertThat(compared).as("queries compared").isGreaterThan(30);
    }

    private static String query(Random random, List<Named> clients) {
        List<String> of = new ArrayList<>(words(clients.get(random.nextInt(clients.size()))));
        String one = of.get(random.nextInt(of.size()));
        String other = of.get(random.nextInt(of.size()));
        if (random.nextInt(5) == 0) {
            other = SearchText.fold(WORDS[random.nextInt(WORDS.length)]);
        }
        return one.substring(0, 1 + random.nextInt(one.length())) + " "
                + other.substring(0, 1 + random.nextInt(other.length()));
    }

    /** Follows the cursor from the first page to the last, returning the ids in order. */
    private static List<String> everyPage(Api shop, String q) {
        List<String> seen = new ArrayList<>();
        JsonNode page = list(shop, "q", q, "limit", String.valueOf(LIMIT));
        seen.addAll(ids(page));
        while (page.get("has_more").booleanValue()) {
            assertThat(seen.size()).as("ids listed for %s", q).isLessThan(1000);
            page = list(
                    shop,
                    "q",
                    q,
                    "limit",
                    String.valueOf(LIMIT),
                    "cursor",
                    page.get("next_cursor").stringValue());
            seen.addAll(ids(page));
        }
        return seen;
    }

    /**
     * The README's order for a query of name words: the name starting with the query's words, then
     * every word whole, then by the letters the matched words have beyond the query's words; ties by
     * folded name, then number.
     */
    private static List<String> ranked(List<Named> clients, String q) {
        String[] query = q.split(" ");
        record Rank(Named client, int tier, int distance) {}
        List<Rank> ranks = new ArrayList<>();
        for (Named c : clients) {
            int distance = 0;
            boolean all = true;
            for (String word : query) {
                int best = words(c).stream()
                        .filter(w -> w.startsWith(word))
                        .mapToInt(w -> w.length() - word.length())
                        .min()
                        .orElse(-1);
                all &= best >= 0;
                distance += Math.max(best, 0);
            }
            if (!all) {
                continue;
            }
            int tier = c.nameKey().startsWith(q) ? 2 : distance == 0 ? 3 : 4;
            ranks.add(new Rank(c, tier, tier == 4 ? distance : 0));
        }
        return ranks.stream()
                .sorted(Comparator.comparingInt(Rank::tier)
                        .thenComparingInt(Rank::distance)
                        .thenComparing(r -> r.client().nameKey())
                        .thenComparingLong(r -> r.client().number()))
                .map(r -> r.client().id())
                .toList();
    }

    private record Named(String id, long number, String name, String tradeName, String nameKey) {}

    private static Set<String> words(Named c) {
        Set<String> words = new TreeSet<>(SearchWords.nameWords(c.name()));
        words.addAll(SearchWords.nameWords(c.tradeName()));
        return words;
    }

    private static String name(Random random, int words) {
        List<String> name = new ArrayList<>();
        for (int i = 0; i < words; i++) {
            name.add(WORDS[random.nextInt(WORDS.length)]);
        }
        return String.join(" ", name);
    }

    /**
     * Clients written straight to the tables with the words the migration's SQL function gives, as
     * a bulk load writes them; a few with more name words than are paired.
     */
    private static void bulkLoad(UUID tenant, Random random, int count) throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(), TestDatabase.owner(), "");
                PreparedStatement insert = c.prepareStatement("""
                        with inserted as (
                            insert into clients (tenant_id, id, number, kind, name, name_key, search_text,
                                                 created_at, updated_at)
                            values (?, gen_random_uuid(), ?, 'PERSON', ?, clientela_fold(?), clientela_fold(?),
                                    now(), now())
                            returning tenant_id, id, name, name_key, number)
                        insert into client_words (tenant_id, client_id, word, name_key, number)
                        select i.tenant_id, i.id, w, i.name_key, i.number
                        from inserted i, clientela_search_words(i.name, null, null, null, null, null, null, null, null) w
                        """)) {
            for (int i = 0; i < count; i++) {
                String name = i < 3 ? longName(random, i) : name(random, 2 + random.nextInt(3));
                insert.setObject(1, tenant);
                insert.setLong(2, 10_000 + i);
                insert.setString(3, name);
                insert.setString(4, name);
                insert.setString(5, name);
                insert.executeUpdate();
            }
            try (PreparedStatement words = c.prepareStatement("""
                    insert into client_dictionary (tenant_id, word)
                    select distinct tenant_id, word from client_words where tenant_id = ? and word ~ '^[a-z0-9]'
                    on conflict do nothing""")) {
                words.setObject(1, tenant);
                words.executeUpdate();
            }
        }
    }

    /** A name of more distinct words than are paired, two of them from the vocabulary. */
    private static String longName(Random random, int i) {
        List<String> name = new ArrayList<>();
        name.add(WORDS[random.nextInt(WORDS.length)]);
        for (int w = 0; w <= SearchWords.MAX_PAIRED; w++) {
            name.add("Z" + (char) ('a' + i) + (char) ('a' + w));
        }
        name.add(WORDS[random.nextInt(WORDS.length)]);
        return String.join(" ", name);
    }

    private static List<Named> clients(UUID tenant) throws Exception {
        List<Named> clients = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(), TestDatabase.owner(), "");
                PreparedStatement select = c.prepareStatement(
                        "select id, number, name, trade_name, name_key from clients where tenant_id = ?")) {
            select.setObject(1, tenant);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    clients.add(new Named(
                            rs.getString("id"),
                            rs.getLong("number"),
                            rs.getString("name"),
                            rs.getString("trade_name"),
                            rs.getString("name_key")));
                }
            }
        }
        return clients;
    }
}
