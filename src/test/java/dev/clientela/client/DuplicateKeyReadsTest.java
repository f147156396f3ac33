package dev.clientela.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.ApiTest;
import dev.clientela.support.QueryPlans;
import dev.clientela.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A write looks up each of its duplicate keys (about 25), so a key's lookup must read the keys'
 * index, not also a queue of every entry written since the last VACUUM: with GIN's pending list, a
 * write's look at a million clients took 12-19 ms instead of 2.
 */
class DuplicateKeyReadsTest extends ApiTest {

    /** Clients written before the lookup: with a pending list, the second half's entries fill pages of it. */
    private static final int WRITTEN = 2_000;

    private static final int MOST_PAGES = 20;

    @Test
    void aKeysLookupReadsTheIndexWhateverWasWrittenBeforeIt() throws Exception {
        Api shop = api.as(openTenant("Cola de claves", "PE"));
        UUID tenant = shop.tenantId();
        String rosa = DuplicateWarningsTest.id(
                shop.post("/api/v1/clients", "{\"name\": \"Rosa Paredes\", \"phone\": \"987111222\"}"));
        written(tenant);

        try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(), TestDatabase.user(), "")) {
            c.createStatement().execute("set clientela.tenant_id = '" + tenant + "'");
            ResultSet block =
                    c.createStatement().executeQuery("select clientela_duplicate_block('p+51987111222', 50)::text");
            block.next();
            assertThat(block.getString(1)).isEqualTo("{" + rosa + "}");
        }
        assertThat(pagesRead(tenant)).as("pages read to look up one key").isLessThanOrEqualTo(MOST_PAGES);
    }

    /** What the lookup of {@code clientela_duplicate_block} reads, run as it runs (as the owner, by bitmap). */
    private static long pagesRead(UUID tenant) throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(), TestDatabase.owner(), "")) {
            c.setAutoCommit(false);
            c.createStatement().execute("set local enable_seqscan = off");
            c.createStatement().execute("set local enable_indexscan = off");
            PreparedStatement explain = c.prepareStatement(QueryPlans.EXPLAIN + """
                    select c.id from clients c
                    where c.tenant_id = ? and c.deleted_at is null and c.duplicate_keys @> array['p+51987111222']
                    limit 51""");
            explain.setObject(1, tenant);
            ResultSet plan = explain.executeQuery();
            plan.next();
            c.rollback();
            return QueryPlans.pagesRead(plan.getString(1));
        }
    }

    /**
     * Clients with a name and a phone each, written straight to the table: a first half, analysed
     * (which also empties a pending list), then a second half, whose entries a pending list would hold.
     */
    private static void written(UUID tenant) throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(), TestDatabase.owner(), "");
                PreparedStatement insert = c.prepareStatement("""
                        insert into clients (tenant_id, id, number, kind, name, name_key, search_text, phone,
                                             phone_e164, created_at, updated_at)
                        select ?, gen_random_uuid(), 100000 + g, 'PERSON', 'Cliente ' || g || ' Quispe',
                               clientela_fold('Cliente ' || g || ' Quispe'), clientela_fold('Cliente ' || g || ' Quispe'),
                               '96' || lpad(g::text, 7, '0'), '+5196' || lpad(g::text, 7, '0'), now(), now()
                        from generate_series(?, ?) g""")) {
            insert.setObject(1, tenant);
            insert.setInt(2, 1);
            insert.setInt(3, WRITTEN / 2);
            insert.executeUpdate();
            c.createStatement().execute("analyze clients");
            insert.setInt(2, WRITTEN / 2 + 1);
            insert.setInt(3, WRITTEN);
            insert.executeUpdate();
        }
    }
}
