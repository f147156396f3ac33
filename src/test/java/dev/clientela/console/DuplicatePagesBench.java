package dev.clientela.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.ApiTest;
import dev.clientela.support.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How long a page of the duplicate report takes for a tenant with about 1,000 groups among
 * {@code clientela.bench.clients} clients (20,000 unless told): the API's first page and a page
 * further on, each read several times, the median printed with the machine's load average. Outside
 * the default suite: {@code ./mvnw test -Pduplicates-bench -Dtest=DuplicatePagesBench}.
 */
class DuplicatePagesBench extends ApiTest {

    static final int CLIENTS = Integer.getInteger("clientela.bench.clients", 20_000);
    static final int GROUPS = Integer.getInteger("clientela.bench.groups", 1_000);
    static final int READS = 7;

    @Autowired
    dev.clientela.client.DuplicateReport report;

    @Test
    void aPageOfTheReportOfATenantWithAThousandGroups() throws Exception {
        String key = openTenant("Mil grupos", "PE");
        UUID tenantId = api.as(key).tenantId();
        load(tenantId);
        long building = System.nanoTime();
        report.refresh(tenantId);
        System.out.printf(
                "report of %,d clients built in %.1f s; load average %s%n",
                CLIENTS, (System.nanoTime() - building) / 1e9, loadAverage());

        String first = api.as(key).get("/api/v1/duplicates?limit=500").text();
        assertThat(first).contains("same_phone");
        String firstPage = median("GET /api/v1/duplicates (first 50)", () -> read(key, "/api/v1/duplicates"));
        String further = median(
                "GET /api/v1/duplicates?offset=900&limit=50",
                () -> read(key, "/api/v1/duplicates?offset=900&limit=50"));
        assertThat(firstPage).contains("\"has_more\":true");
        assertThat(further).contains("group_id");

        Staffing.user(api, "http://localhost:" + port, key, "mil@grupos.pe", "ADMIN");
        ConsoleClient console = new ConsoleClient("http://localhost:" + port);
        console.signIn("mil@grupos.pe", Staffing.PASSWORD);
        String page = median("GET /console/duplicates (first page)", () -> {
            var answer = console.get("/console/duplicates");
            assertThat(answer.status()).isEqualTo(200);
            return answer.body();
        });
        assertThat(page).contains("Duplicado");
    }

    private static String median(String what, Supplier<String> read) {
        List<Long> times = new ArrayList<>();
        String body = null;
        for (int i = 0; i < READS; i++) {
            long start = System.nanoTime();
            body = read.get();
            times.add(System.nanoTime() - start);
        }
        times.sort(Long::compare);
        System.out.printf(
                "%s: median %.1f ms of %d reads (fastest %.1f, slowest %.1f); load average %s%n",
                what, times.get(READS / 2) / 1e6, READS, times.getFirst() / 1e6, times.getLast() / 1e6, loadAverage());
        return body;
    }

    private String read(String key, String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + key)
                    .timeout(Duration.ofMinutes(10))
                    .build();
            HttpResponse<String> response =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /**
     * {@link #GROUPS} pairs of one holder registered twice (the same phone, the name's words in another
     * order), each pair its own group, and unrelated clients up to {@link #CLIENTS}.
     */
    private static void load(UUID tenantId) throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(), TestDatabase.owner(), "")) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("""
                    insert into clients (tenant_id, id, number, kind, name, phone, phone_e164, name_key, search_text,
                        created_at, updated_at)
                    select ?, gen_random_uuid(), n, 'PERSON', name, phone, phone, clientela_fold(name), clientela_fold(name),
                        now(), now()
                    from (
                        select n,
                            case when n <= 2 * ? then
                                case when n % 2 = 0 then 'Cliente ' || translate(((n + 1) / 2)::text, '0123456789', 'bcdfghjklm') || 'ez Rojas'
                                else 'Rojas, Cliente ' || translate(((n + 1) / 2)::text, '0123456789', 'bcdfghjklm') || 'ez' end
                            else 'Otro ' || translate(n::text, '0123456789', 'bcdfghjklm') || 'an Solo' end name,
                            case when n <= 2 * ? then '+5198' || lpad(((n + 1) / 2)::text, 7, '0')
                            else '+5197' || lpad(n::text, 7, '0') end phone
                        from generate_series(1, ?) n) r""")) {
                insert.setObject(1, tenantId);
                insert.setInt(2, GROUPS);
                insert.setInt(3, GROUPS);
                insert.setInt(4, CLIENTS);
                insert.executeUpdate();
            }
            try (PreparedStatement counter =
                    c.prepareStatement("insert into client_counters (tenant_id, last_number) values (?, ?)")) {
                counter.setObject(1, tenantId);
                counter.setLong(2, CLIENTS);
                counter.executeUpdate();
            }
            c.commit();
            c.createStatement().execute("analyze clients");
        }
    }
}
