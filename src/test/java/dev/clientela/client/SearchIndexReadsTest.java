package dev.clientela.client;

import static dev.clientela.client.ClientData.named;
import static dev.clientela.client.ClientRequests.list;
import static dev.clientela.client.ClientRequests.names;
import static dev.clientela.client.ClientRequests.register;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.ApiTest;
import dev.clientela.support.QueryPlans;
import dev.clientela.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.JsonNode;

/**
 * A search reads the index where its words start, not every name the tenant has before them: at a
 * million clients the difference between "a" and "z" was 0.5 ms against 50 ms a keystroke.
 */
class SearchIndexReadsTest extends ApiTest {

    /** Far more names before "Zoila" than fit in the pages a search of it may read. */
    private static final int BEFORE = 20_000;

    private static final int MOST_PAGES = 30;

    @Test
    void leadingWordsAreReadFromWhereTheyStartOnTheFirstPageAndFromACursor() throws Exception {
        Api shop = api.as(openTenant("Abarrotes Álvarez", "PE"));
        UUID tenant = shop.tenantId();
        namesBefore(tenant);
        long vega = register(shop, named("Zoila Vega")).get("number").longValue();
        register(shop, named("Zoila Vera"));
        register(shop, named("Zoila Zapata"));

        JsonNode first = list(shop, "q", "zoila", "limit", "2");
        JsonNode second = list(
                shop,
                "q",
                "zoila",
                "limit",
                "2",
                "cursor",
                first.get("next_cursor").stringValue());

        assertThat(names(first)).containsExactly("Zoila Vega", "Zoila Vera");
        assertThat(names(second)).containsExactly("Zoila Zapata");
        assertThat(pagesRead(tenant, SearchRank.FIRST))
                .as("index and table pages read for the first page of 'zoila'")
                .isLessThanOrEqualTo(MOST_PAGES);
        assertThat(pagesRead(tenant, new SearchRank(2, 0, "zoila vega", vega, false)))
                .as("index and table pages read for 'zoila' after Zoila Vega")
                .isLessThanOrEqualTo(MOST_PAGES);
    }

    /** Clients named "Abel Cliente n", written straight to the table: only their names are read here. */
    private static void namesBefore(UUID tenant) throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(), TestDatabase.owner(), "");
                PreparedStatement insert = c.prepareStatement("""
                        insert into clients (tenant_id, id, number, kind, name, name_key, search_text,
                                             created_at, updated_at)
                        select ?, gen_random_uuid(), 100000 + g, 'PERSON', 'Abel Cliente ' || g,
                               clientela_fold('Abel Cliente ' || g), clientela_fold('Abel Cliente ' || g), now(), now()
                        from generate_series(1, ?) g""")) {
            insert.setObject(1, tenant);
            insert.setInt(2, BEFORE);
            insert.executeUpdate();
            c.createStatement().execute("analyze clients");
        }
    }

    /** Shared buffers PostgreSQL touches running the service's statement for the leading words 'zoila'. */
    private static long pagesRead(UUID tenant, SearchRank after) throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(), TestDatabase.user(), "")) {
            c.setAutoCommit(false);
            c.createStatement().execute("set local clientela.tenant_id = '" + tenant + "'");
            var jdbc = new NamedParameterJdbcTemplate(new SingleConnectionDataSource(c, true));
            String sql = ClientSearch.leadingSql("tenant_id = :tenant and deleted_at is null");
            Map<String, Object> params =
                    ClientSearch.leadingParams(SearchQuery.of("zoila"), Map.of("tenant", tenant), after, 3);
            String plan = jdbc.queryForObject(QueryPlans.EXPLAIN + sql, params, String.class);
            c.rollback();
            return QueryPlans.pagesRead(plan);
        }
    }
}
