package dev.clientela.compat.oficina;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.ApiTest;
import dev.clientela.support.TestDatabase;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seed lists every customer in one answer. A business with 25,000 customers gets all 25,000, in
 * razón social order, and the service streams them: its heap does not hold the list.
 */
class OficinaLongListTest extends ApiTest {

    private static final int CUSTOMERS = 25_000;
    private static final String CUSTOMERS_PATH = "/compat/oficina/billing/customers";

    @Test
    void everyCustomerOfALargeBusinessIsListedInRazonSocialOrderWithoutHoldingTheListInMemory() throws Exception {
        String key = openTenant("Distribuidora Nacional", "CO");
        Api office = api.as(key);
        UUID tenant = office.tenantId();
        for (String name : List.of("Álvaro Ñúñez S.A.S.", "ábaco Ltda", "Zapatería Élite")) {
            assertThat(office.post("/api/v1/clients", "{\"name\": \"%s\"}".formatted(name))
                            .status())
                    .isEqualTo(201);
        }
        insertCustomers(tenant, CUSTOMERS - 3);
        assertThat(office.patch("/api/v1/clients/" + firstId(office), "{\"status\": \"INACTIVE\"}")
                        .status())
                .isEqualTo(200);

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = heapAfterCollection(memory);
        HttpResponse<InputStream> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + CUSTOMERS_PATH))
                                .header("Authorization", "Bearer " + key)
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
        byte[] body;
        long during;
        try (InputStream in = response.body()) {
            byte[] start = in.readNBytes(64 * 1024);
            during = heapAfterCollection(memory);
            byte[] rest = in.readAllBytes();
            body = new byte[start.length + rest.length];
            System.arraycopy(start, 0, body, 0, start.length);
            System.arraycopy(rest, 0, body, start.length, rest.length);
        }
        long growth = during - before;
        System.out.printf(
                "Oficina list of %d customers: %d bytes of JSON; heap after a full collection %d MiB before,"
                        + " %d MiB while streaming (growth %d KiB)%n",
                CUSTOMERS, body.length, before >> 20, during >> 20, growth >> 10);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode customers = JsonMapper.builder().build().readTree(body);
        assertThat(customers).hasSize(CUSTOMERS);
        List<String> folded = new ArrayList<>();
        customers.forEach(c -> folded.add(fold(c.get("razonSocial").stringValue())));
        assertThat(folded).isSorted();
        assertThat(folded.getFirst()).isEqualTo("abaco ltda");
        assertThat(folded.getLast()).isEqualTo("zapateria elite");
        assertThat(customers.findValuesAsString("status")).contains("INACTIVE");
        assertThat(growth)
                .as("heap held while streaming a %d-byte list", body.length)
                .isLessThan(body.length / 2);
    }

    /** Customers written straight to the table: 25,000 requests would make the test about the API. */
    private static void insertCustomers(UUID tenant, int count) throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(), TestDatabase.owner(), "");
                PreparedStatement insert = c.prepareStatement("""
                        with n as (select g, 'Comercial ' || initcap(md5(g::text)) || ' ' || g as name
                                   from generate_series(1, ?) g)
                        insert into clients (tenant_id, id, number, kind, name, name_key, search_text, created_at,
                                             updated_at, doc_country, doc_type, doc_number)
                        select ?, gen_random_uuid(), 100 + g, 'COMPANY', name, lower(name), lower(name), now(),
                               now(), 'CO', 'CC', (1000000000 + g)::text
                        from n""")) {
            insert.setInt(1, count);
            insert.setObject(2, tenant);
            insert.executeUpdate();
            try (var counter = c.prepareStatement("update client_counters set last_number = ? where tenant_id = ?")) {
                counter.setLong(1, 100L + count);
                counter.setObject(2, tenant);
                counter.executeUpdate();
            }
            c.createStatement().execute("analyze clients");
        }
    }

    private static String firstId(Api office) {
        return office.get("/api/v1/clients?limit=1").body().at("/data/0/id").stringValue();
    }

    private static long heapAfterCollection(MemoryMXBean memory) {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }
}
