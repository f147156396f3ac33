package dev.clientela.client;

import static dev.clientela.client.ClientData.named;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Following {@code next_cursor} through a search visits every match once, in ranking order, whatever is added. */
class SearchPagingTest extends ApiTest {

    private static final String[] MATCHING = {"Lima", "Limas", "Limache", "Limaco", "Limatambo"};
    private static final String[] OTHER = {"Rosa", "Quispe", "Andrés", "Huamán", "Pérez", "Ñique", "Lomas", "Lim"};

    private static Seed seed;

    @BeforeAll
    static void drawSeed() {
        seed = Seed.forRun(SearchPagingTest.class);
    }

    @Test
    void pagesThroughThreeHundredMatchesWithoutRepeatsOrGapsWhileClientsAreAdded() {
        Random random = seed.random();
        Api shop = api.as(openTenant("Distribuidora Rímac", "PE"));
        Set<String> before = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            before.add(register(shop, named(matchingName(random))).get("id").stringValue());
            if (i % 10 == 0) {
                register(shop, named(otherName(random)));
            }
        }
        List<String> oneList = ids(list(shop, "q", "lima", "limit", "500"));
        assertThat(oneList).as(seed.toString()).hasSize(300).containsExactlyInAnyOrderElementsOf(before);

        List<String> seen = new ArrayList<>();
        Set<String> added = new HashSet<>();
        JsonNode page = list(shop, "q", "lima", "limit", "7");
        while (true) {
            seen.addAll(ids(page));
            for (int i = 0; i < 2; i++) {
                added.add(register(shop, named(matchingName(random))).get("id").stringValue());
            }
            if (!page.get("has_more").booleanValue()) {
                break;
            }
            page = list(
                    shop,
                    "q",
                    "lima",
                    "limit",
                    "7",
                    "cursor",
                    page.get("next_cursor").stringValue());
        }

        assertThat(seen).as(seed.toString()).doesNotHaveDuplicates();
        assertThat(seen.stream().filter(before::contains).toList())
                .as("the clients there from the start, in the order of one long page (%s)", seed)
                .containsExactlyElementsOf(oneList);
        assertThat(seen.stream().filter(id -> !before.contains(id) && !added.contains(id)))
                .isEmpty();
    }

    @Test
    void countsATotalUpToAThousandAndEstimatesOnePastItSayingSo() throws Exception {
        Api shop = api.as(openTenant("Mayorista Total", "PE"));
        for (int i = 0; i < 3; i++) {
            register(shop, named("Exacta Cliente " + i));
        }
        insertClients(shop.tenantId(), 1500);

        JsonNode exact = list(shop, "q", "exacta", "include", "total");
        assertThat(exact.get("total").longValue()).isEqualTo(3);
        assertThat(exact.get("total_is_estimate").booleanValue()).isFalse();

        JsonNode estimated = list(shop, "q", "comercial", "include", "total", "limit", "5");
        assertThat(estimated.get("data").size()).isEqualTo(5);
        assertThat(estimated.get("total_is_estimate").booleanValue()).isTrue();
        assertThat(estimated.get("total").longValue()).isGreaterThan(1000);
        assertThat(list(shop, "q", "comercial 1499")
                        .get("data")
                        .get(0)
                        .get("name")
                        .stringValue())
                .isEqualTo("Comercial Ñandú 1499");
    }

    @Test
    void findsBulkLoadedClientsByTheWordsTheMigrationComputes() throws Exception {
        Api shop = api.as(openTenant("Importadora Masiva", "PE"));
        UUID tenant = shop.tenantId();
        try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(), TestDatabase.owner(), "");
                PreparedStatement insert = c.prepareStatement("""
                        with inserted as (
                            insert into clients (tenant_id, id, number, kind, name, legal_name, name_key, search_text,
                                                 doc_country, doc_type, doc_number, phone, phone_e164, mobile,
                                                 mobile_e164, email, created_at, updated_at)
                            values (?, gen_random_uuid(), 7, 'PERSON', 'José O''Higgins Núñez', 'Ñandú S.A.C.',
                                    'jose o higgins nunez', '', 'PE', 'DNI', '46779354', '(01) 444-5566',
                                    '+5114445566', '+57 319 040 5949', '+573190405949', 'Jose@Andes.pe', now(), now())
                            returning *)
                        insert into client_words (tenant_id, client_id, word, name_key, number)
                        select i.tenant_id, i.id, w, i.name_key, i.number from inserted i,
                            clientela_search_words(i.name, i.legal_name, i.trade_name, i.doc_number, i.phone,
                                i.phone_e164, i.mobile, i.mobile_e164, i.email) w""")) {
            insert.setObject(1, tenant);
            insert.executeUpdate();
            fillDictionary(c, tenant);
        }

        for (String q : new String[] {
            "ohiggins",
            "higgins jose",
            "nandu",
            "4677",
            "01 444",
            "14445566",
            "5114445",
            "3190405",
            "57319",
            "jose@andes"
        }) {
            assertThat(list(shop, "q", q).get("data").size()).as(q).isEqualTo(1);
        }
        assertThat(list(shop, "q", "4445566").get("data").size()).isZero();
        assertThat(list(shop, "q", "90405").get("data").size()).isZero();
    }

    /**
     * Clients written straight to the tables, their words by the migration's SQL function as a bulk
     * load would: 1,500 requests would make the test about the API (and its rate limits).
     */
    private static void insertClients(UUID tenant, int count) throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(), TestDatabase.owner(), "");
                PreparedStatement insert = c.prepareStatement("""
                        with n as (select g, 'Comercial Ñandú ' || g as name from generate_series(1, ?) g),
                        inserted as (
                            insert into clients (tenant_id, id, number, kind, name, name_key, search_text, created_at,
                                                 updated_at)
                            select ?, gen_random_uuid(), 100 + g, 'COMPANY', name, clientela_fold(name),
                                   clientela_fold(name), now(), now()
                            from n
                            returning tenant_id, id, name, name_key, number)
                        insert into client_words (tenant_id, client_id, word, name_key, number)
                        select i.tenant_id, i.id, w, i.name_key, i.number
                        from inserted i, clientela_search_words(i.name, null, null, null, null, null, null, null, null) w
                        """)) {
            insert.setInt(1, count);
            insert.setObject(2, tenant);
            insert.executeUpdate();
            fillDictionary(c, tenant);
            c.createStatement().execute("analyze clients; analyze client_words");
        }
    }

    /** A bulk load fills the tenant's dictionary too: a one-word search reads its levels from it. */
    private static void fillDictionary(Connection c, UUID tenant) throws Exception {
        try (PreparedStatement words = c.prepareStatement("""
                insert into client_dictionary (tenant_id, word)
                select distinct tenant_id, word from client_words where tenant_id = ? and word ~ '^[a-z0-9]'
                on conflict do nothing""")) {
            words.setObject(1, tenant);
            words.executeUpdate();
        }
    }

    private static String matchingName(Random random) {
        String match = MATCHING[random.nextInt(MATCHING.length)];
        String other = otherName(random);
        return random.nextBoolean() ? match + " " + other : other + " " + match;
    }

    private static String otherName(Random random) {
        return OTHER[random.nextInt(OTHER.length)] + " " + OTHER[random.nextInt(OTHER.length)] + " "
                + (char) ('a' + random.nextInt(26)) + random.nextInt(1000);
    }
}
