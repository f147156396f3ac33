package dev.clientela.client;

import static dev.clientela.client.MergeScenarioTest.id;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import dev.clientela.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class DuplicateReportTest extends ApiTest {

    @Autowired
    DuplicateReport report;

    @Test
    void theReportGroupsLikelyDuplicatesBestFirstAndKeepsUpWithChanges() {
        Api shop = api.as(openTenant("Reporte", "PE"));
        UUID tenantId = shop.tenantId();
        String carmen = id(shop.post(
                "/api/v1/clients",
                "{\"name\": \"Carmen Salas\", \"phone\": \"987000111\", \"address\": {\"city\": \"Lima\"}}"));
        String carmenAgain =
                id(shop.post("/api/v1/clients", "{\"name\": \"Salas, Cármen\", \"phone\": \"987 000 111\"}"));
        String carmenThird =
                id(shop.post("/api/v1/clients", "{\"name\": \"CARMEN SALAS\", \"address\": {\"city\": \"LIMA\"}}"));
        String hugo = id(shop.post("/api/v1/clients", "{\"name\": \"Hugo Ríos\", \"email\": \"hrios@rios.pe\"}"));
        String hugoShop =
                id(shop.post("/api/v1/clients", "{\"name\": \"Ferretería HR\", \"email\": \"hrios@rios.pe\"}"));
        String pablo = id(shop.post("/api/v1/clients", "{\"name\": \"Pablo Quispe\"}"));
        report.refresh(tenantId);

        JsonNode groups = shop.get("/api/v1/duplicates").body().get("data");

        assertThat(groups).hasSize(2);
        assertThat(members(groups.get(0))).containsExactly(carmen, carmenAgain, carmenThird);
        assertThat(members(groups.get(1))).containsExactly(hugo, hugoShop);
        assertThat(groups.get(0).get("score").decimalValue())
                .isGreaterThan(groups.get(1).get("score").decimalValue());
        assertThat(groups.get(0).get("reasons").toString()).contains("same_phone", "same_name");
        JsonNode page = shop.get("/api/v1/duplicates?limit=1").body();
        assertThat(page.get("data")).hasSize(1);
        assertThat(page.get("has_more").booleanValue()).isTrue();
        assertThat(shop.get("/api/v1/duplicates?cursor="
                                + page.get("next_cursor").stringValue())
                        .body()
                        .at("/data/0/group_id"))
                .isEqualTo(groups.get(1).get("group_id"));

        Response dismissed =
                shop.post("/api/v1/duplicates/" + groups.get(1).get("group_id").stringValue() + "/dismiss", null);
        shop.patch("/api/v1/clients/" + pablo, "{\"phone\": \"944555666\"}");
        String pablo2 = id(shop.post("/api/v1/clients", "{\"name\": \"Quispe Pablo\", \"phone\": \"944555666\"}"));
        shop.patch("/api/v1/clients/" + carmenThird, "{\"name\": \"Carmen Salas de Ruiz\"}");
        report.refresh(tenantId);
        JsonNode after = shop.get("/api/v1/duplicates").body().get("data");

        assertThat(dismissed.status()).as(dismissed.text()).isEqualTo(200);
        assertThat(after).extracting(g -> members(g)).doesNotContain(List.of(hugo, hugoShop));
        assertThat(after).extracting(g -> members(g)).contains(List.of(carmen, carmenAgain));
        assertThat(after.toString()).contains(pablo2);
        assertThat(shop.post("/api/v1/duplicates/" + UUID.randomUUID() + "/dismiss", null)
                        .status())
                .isEqualTo(404);

        shop.post("/api/v1/clients/" + carmen + "/merge", "{\"clients\": [\"%s\"]}".formatted(carmenAgain));
        assertThat(shop.get("/api/v1/duplicates").body().toString()).doesNotContain(carmenAgain);
    }

    @Test
    void afterAnImportOfMoreClientsThanTheTenantHadTheReportHoldsTheSamePairsAsAPassOneByOne() {
        Api shop = api.as(openTenant("Importa", "PE"));
        UUID tenantId = shop.tenantId();
        String rosa = id(shop.post("/api/v1/clients", "{\"name\": \"Rosa Huamán\", \"phone\": \"987222333\"}"));
        report.refresh(tenantId);
        StringBuilder file = new StringBuilder("nombre;telefono;correo\n");
        for (int n = 0; n < 1_200; n++) {
            file.append("Cliente %04d;;c%04d@tienda.pe\n".formatted(n, n));
        }
        file.append("Huaman Rosa;987 222 333;\n");
        file.append("Jorge Paredes;;jparedes@paredes.pe\n");
        file.append("Paredes Jorge;;jparedes@paredes.pe\n");
        Response submitted =
                shop.postBytes("/api/v1/imports", "text/csv", file.toString().getBytes(UTF_8));
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(202);
        JsonNode job = finished(shop, submitted.header("Location"));
        assertThat(job.get("created").intValue()).as(job.toString()).isEqualTo(1_203);

        clock.advance(Duration.ofMinutes(1).plusSeconds(1)); // the pass waits a minute after an import
        report.refresh(tenantId);

        JsonNode groups = shop.get("/api/v1/duplicates").body().get("data");
        assertThat(groups).hasSize(2);
        assertThat(groups.toString()).contains(rosa, "Huaman Rosa", "Jorge Paredes", "Paredes Jorge");
        assertThat(groups.toString()).doesNotContain("Cliente 0");
    }

    @Test
    void namesakesInATownArePairedOnlyWhenASecondSignBacksThem() {
        Api shop = api.as(openTenant("Bodega Lucho", "PE"));
        UUID tenantId = shop.tenantId();
        // the shop's own address, typed on every walk-in sale: past fifty clients it says nothing
        String[] names = {"Ana", "Luis", "Elena", "Jorge", "Sonia", "Pablo", "Nora", "Iván", "Olga", "Hugo"};
        String[] surnames = {"Flores", "Vargas", "Chávez", "Paredes", "Zapata"};
        for (int n = 0; n < DuplicatePairs.LARGEST_BLOCK - 1; n++) {
            String name =
                    names[n % names.length] + " " + surnames[n / names.length] + " " + (char) ('A' + n % 26) + ".";
            assertThat(shop.post(
                                    "/api/v1/clients",
                                    "{\"name\": \"" + name + "\", \"email\": \"bodega.lucho@gmail.com\"}")
                            .status())
                    .isEqualTo(201);
        }
        // two of them share a given name, a surname and the town, and nothing else of their own
        String rosa = id(shop.post("/api/v1/clients", """
                {"name": "Rosa Quispe Mamani", "mobile": "987111222", "email": "bodega.lucho@gmail.com",
                 "address": {"city": "Lima"}}"""));
        String otherRosa = id(shop.post("/api/v1/clients", """
                {"name": "Rosa Quispe Torres", "mobile": "912333444", "email": "bodega.lucho@gmail.com",
                 "address": {"city": "Lima"}}"""));
        // namesakes in a town with their company's mail domain in common
        String carlos = id(shop.post("/api/v1/clients", """
                {"name": "Carlos Huamán Rojas", "mobile": "987555666", "email": "carlos@huaman.pe",
                 "address": {"city": "Cusco"}}"""));
        String carlosAgain = id(shop.post("/api/v1/clients", """
                {"name": "Carlos Huaman Roja", "mobile": "955777888", "email": "ventas@huaman.pe",
                 "address": {"city": "CUSCO"}}"""));

        report.refresh(tenantId);
        List<List<String>> built = groups(shop, "");
        // a later pass looks at the written clients one by one, by the same rule
        for (String client : List.of(rosa, otherRosa, carlos, carlosAgain)) {
            shop.patch("/api/v1/clients/" + client, "{\"notes\": \"revisado\"}");
        }
        report.refresh(tenantId);
        List<List<String>> refreshed = groups(shop, "");

        assertThat(built).containsExactly(List.of(carlos, carlosAgain));
        assertThat(refreshed).isEqualTo(built);
        assertThat(shop.get("/api/v1/duplicates").body().at("/data/0/reasons").toString())
                .contains("similar_name", "same_city", "same_email_domain");
    }

    @Test
    void aTenantsPassWaitsWhileItsImportRunsAndFindsTheImportedPairsOnceItEnds() throws Exception {
        Api shop = api.as(openTenant("Importando", "PE"));
        UUID tenantId = shop.tenantId();
        String teresa = id(shop.post("/api/v1/clients", """
                {"name": "Teresa Cano", "document": {"country": "PE", "type": "DNI", "number": "40013200"}}"""));

        try (Connection lock = lockClient(teresa)) {
            String job = heldImport(shop, "Jorge Paredes", "Paredes Jorge");
            int deferred = report.refresh(tenantId);
            List<List<String>> whileImporting = groups(shop, "");
            lock.rollback();
            awaitJob(shop, job, j -> !j.get("finished_at").isNull());
            report.refresh(tenantId);
            List<List<String>> justAfter = groups(shop, "");
            // a minute after the job ended, no next file having come
            clock.advance(Duration.ofMinutes(1).plusSeconds(1));
            report.refresh(tenantId);

            assertThat(deferred).isZero();
            assertThat(whileImporting).isEmpty();
            assertThat(justAfter)
                    .as("the pass waits a minute for the next file")
                    .isEmpty();
            assertThat(shop.get("/api/v1/duplicates").body().get("data").toString())
                    .contains("Jorge Paredes", "Paredes Jorge");
        }
    }

    @Test
    void anImportWhoseLeaseRanOutHoldsTheReportBackNoLonger() throws Exception {
        Api shop = api.as(openTenant("Importación caída", "PE"));
        UUID tenantId = shop.tenantId();
        String teresa = id(shop.post("/api/v1/clients", """
                {"name": "Teresa Cano", "document": {"country": "PE", "type": "DNI", "number": "40013200"}}"""));

        try (Connection lock = lockClient(teresa)) {
            String job = heldImport(shop, "Luz Ramos", "Ramos Luz");
            report.refresh(tenantId);
            String whileLeased = shop.get("/api/v1/duplicates").body().toString();
            // as if the instance running it had died: no chunk extends the lease any more
            clock.advance(Duration.ofMinutes(2));
            report.refresh(tenantId);
            String afterTheLease = shop.get("/api/v1/duplicates").body().toString();
            lock.rollback();
            awaitJob(shop, job, j -> !j.get("finished_at").isNull());

            assertThat(whileLeased).doesNotContain("Luz Ramos");
            assertThat(afterTheLease).contains("Luz Ramos", "Ramos Luz");
        }
    }

    /**
     * Submits 1,500 rows whose first chunk holds the pair {@code first}, {@code second} (one email) and
     * whose second chunk updates the client holding DNI 40013200 (row 1,200), and waits until the first chunk is in.
     */
    private static String heldImport(Api shop, String first, String second) {
        StringBuilder file = new StringBuilder("name,document.type,document.number,email\n");
        file.append(first).append(",DNI,41000001,pareja@pareja.pe\n");
        file.append(second).append(",DNI,41000002,pareja@pareja.pe\n");
        for (int n = 3; n <= 1_500; n++) {
            // multiples of eleven: no two of them one digit or one swap apart, so they make no pairs
            file.append("Cliente %04d,DNI,4%07d,\n".formatted(n, n * 11));
        }
        Response submitted = shop.postBytes(
                "/api/v1/imports?mode=upsert&key=document",
                "text/csv",
                file.toString().getBytes(UTF_8));
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(202);
        String job = submitted.header("Location");
        awaitJob(shop, job, j -> j.get("rows_done").intValue() > 0);
        return job;
    }

    /** Locks the client's row as another transaction would, so that the import's chunk that updates it waits. */
    private static Connection lockClient(String clientId) throws SQLException {
        Connection connection = DriverManager.getConnection(TestDatabase.jdbcUrl(), TestDatabase.owner(), "");
        connection.setAutoCommit(false);
        try (PreparedStatement select = connection.prepareStatement("select id from clients where id = ? for update")) {
            select.setObject(1, UUID.fromString(clientId));
            select.executeQuery().close();
        }
        return connection;
    }

    @Autowired
    DuplicatePairs pairs;

    /**
     * A tenant whose clients were all written since the clients table was last analysed (an import
     * before autovacuum came by) has its statistics brought up to date before its pairs are built: a
     * build planned for the few clients it had before joined each block to every client.
     */
    @Test
    void statisticsBehindATenantsClientsAreBroughtUpToDateBeforeItsPairsAreBuilt() throws SQLException {
        Api shop = api.as(openTenant("Estadisticas", "PE"));
        UUID tenantId = shop.tenantId();
        for (String name : List.of(
                "Rosa Paredes",
                "Juan Vega",
                "Luz Campos",
                "Raúl Soto",
                "Ana Quispe",
                "Pedro Rojas",
                "Elena Díaz",
                "Hugo Torres")) {
            assertThat(shop.post("/api/v1/clients", "{\"name\": \"" + name + "\"}")
                            .status())
                    .isEqualTo(201);
        }

        assertThat(dev.clientela.db.ActingTenant.as(tenantId, () -> pairs.freshenStatistics(tenantId, 9)))
                .as("fewer written clients than the threshold do not call for an analysis")
                .isFalse();
        // a tenant of more than twice the threshold, every client written since the last analysis
        boolean analysed = dev.clientela.db.ActingTenant.as(tenantId, () -> pairs.freshenStatistics(tenantId, 3));

        assertThat(analysedSinceLastWrite(tenantId))
                .as("the table's statistics postdate the tenant's writes (analysed here: %s)", analysed)
                .isTrue();
        assertThat(dev.clientela.db.ActingTenant.as(tenantId, () -> pairs.freshenStatistics(tenantId, 3)))
                .as("statistics up to date are not analysed again")
                .isFalse();
    }

    private static boolean analysedSinceLastWrite(UUID tenantId) throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestDatabase.jdbcUrl(), TestDatabase.owner(), "");
                PreparedStatement read = connection.prepareStatement("""
                        select greatest(last_analyze, last_autoanalyze) >= (select max(updated_at) from clients
                            where tenant_id = ?)
                        from pg_stat_user_tables where relid = 'clients'::regclass""")) {
            read.setObject(1, tenantId);
            var rs = read.executeQuery();
            rs.next();
            return rs.getBoolean(1);
        }
    }

    @Test
    void aKeysBlockIsReadThroughTheKeysIndexWhateverThePlannerWouldGuess() throws SQLException {
        Api shop = api.as(openTenant("Bloques", "PE"));
        UUID tenantId = shop.tenantId();
        String rosa = id(shop.post("/api/v1/clients", "{\"name\": \"Rosa Paredes\", \"phone\": \"987111222\"}"));
        shop.post("/api/v1/clients", "{\"name\": \"Juan Vega\"}");

        try (Connection connection = DriverManager.getConnection(TestDatabase.jdbcUrl(), TestDatabase.user(), "")) {
            connection.setAutoCommit(false);
            // index pages priced so that any guess of a key's selectivity prefers reading the table
            connection.createStatement().execute("set local random_page_cost = 100000");
            connection.createStatement().execute("set local clientela.tenant_id = '" + tenantId + "'");
            PreparedStatement block =
                    connection.prepareStatement("select clientela_duplicate_block('p+51987111222', 50)");
            var found = block.executeQuery();
            found.next();
            var scans = connection
                    .createStatement()
                    .executeQuery("select seq_scan from pg_stat_xact_user_tables where relname = 'clients'");
            scans.next();

            assertThat((Object[]) found.getArray(1).getArray())
                    .extracting(String::valueOf)
                    .containsExactly(rosa);
            assertThat(scans.getLong(1))
                    .as("sequential scans of the clients table")
                    .isZero();
            connection.rollback();
        }
    }

    @Test
    void aClientsDuplicatesAreScoredAndAMergedClientHasNone() {
        Api shop = api.as(openTenant("Por cliente", "PE"));
        String ana = id(shop.post("/api/v1/clients", "{\"name\": \"Ana Flores\", \"email\": \"ana@flores.pe\"}"));
        String same = id(shop.post("/api/v1/clients", "{\"name\": \"Flores Ana\", \"email\": \"ana@flores.pe\"}"));
        String nameOnly = id(shop.post("/api/v1/clients", "{\"name\": \"ANA FLORES\"}"));

        JsonNode found =
                shop.get("/api/v1/clients/" + ana + "/duplicates").body().get("data");

        assertThat(found).extracting(w -> w.get("client_id").stringValue()).containsExactly(same, nameOnly);
        assertThat(found.get(0).get("score").decimalValue())
                .isGreaterThan(found.get(1).get("score").decimalValue());
        shop.post("/api/v1/clients/" + ana + "/merge", "{\"clients\": [\"%s\"]}".formatted(same));
        assertThat(shop.get("/api/v1/clients/" + same + "/duplicates").code()).isEqualTo("CLIENT_MERGED");
        assertThat(shop.get("/api/v1/clients/" + ana + "/duplicates").body().get("data"))
                .extracting(w -> w.get("client_id").stringValue())
                .containsExactly(nameOnly);
    }

    @Test
    void aPageShowsItsGroupsAsTheirClientsNowAreAndAMergeOrItsUndoRegroupsThemAtOnce() {
        Api shop = api.as(openTenant("Reporte vivo", "PE"));
        UUID tenantId = shop.tenantId();
        String rosa = id(shop.post("/api/v1/clients", "{\"name\": \"Rosa Paz\", \"email\": \"rosa@paz.pe\"}"));
        String rosaAgain = id(shop.post("/api/v1/clients", "{\"name\": \"Paz, Rosa\", \"email\": \"ROSA@paz.pe\"}"));
        String ivan = id(shop.post("/api/v1/clients", "{\"name\": \"Iván Soto\", \"phone\": \"955111000\"}"));
        String ivanAgain = id(shop.post("/api/v1/clients", "{\"name\": \"IVAN SOTO\", \"phone\": \"955 111 000\"}"));
        String olga = id(shop.post("/api/v1/clients", "{\"name\": \"Olga Ruiz\", \"phone\": \"955222000\"}"));
        String olgaAgain = id(shop.post("/api/v1/clients", "{\"name\": \"Ruiz Olga\", \"phone\": \"955222000\"}"));
        report.refresh(tenantId);
        assertThat(groups(shop, ""))
                .containsExactly(List.of(rosa, rosaAgain), List.of(ivan, ivanAgain), List.of(olga, olgaAgain));

        // deleted since the pass: left out at once, the group gone from its page
        assertThat(shop.delete("/api/v1/clients/" + rosaAgain).status()).isEqualTo(204);
        assertThat(groups(shop, "?limit=2")).containsExactly(List.of(ivan, ivanAgain));
        // merged: regrouped in the merge's own transaction, so the page is full again
        String merge =
                id(shop.post("/api/v1/clients/" + ivan + "/merge", "{\"clients\": [\"%s\"]}".formatted(ivanAgain)));
        assertThat(groups(shop, "?limit=2")).containsExactly(List.of(olga, olgaAgain));
        // undone: the two registrations are a group again, at once, even after a pass in between
        report.refresh(tenantId);
        assertThat(shop.post("/api/v1/merges/" + merge + "/undo", null).status())
                .isEqualTo(200);
        assertThat(groups(shop, "")).containsExactly(List.of(ivan, ivanAgain), List.of(olga, olgaAgain));
        JsonNode first = shop.get("/api/v1/duplicates?limit=1").body();
        assertThat(first.get("has_more").booleanValue()).isTrue();
        assertThat(shop.get("/api/v1/duplicates?offset=1")
                        .body()
                        .at("/data/0/clients/0/client_id")
                        .stringValue())
                .isEqualTo(olga);
    }

    @Test
    void namesakesOfOneTownPastWhatOnePersonReviewsAreNotOneGroupButTheirTrueDuplicateIs() {
        Api shop = api.as(openTenant("Tienda Arequipa", "PE"));
        UUID tenantId = shop.tenantId();
        List<String> namesakes = new ArrayList<>();
        for (int n = 0; n < PairChains.LARGEST_GROUP - 2; n++) {
            namesakes.add(id(shop.post("/api/v1/clients", """
                    {"name": "Rosa Flores Quispe", "address": {"city": "Arequipa"}}""")));
        }
        String rosa = id(shop.post("/api/v1/clients", """
                {"name": "Rosa Flores Quispe", "email": "rosa.flores@quispe.pe", "address": {"city": "Arequipa"}}"""));
        String rosaAgain = id(shop.post("/api/v1/clients", """
                {"name": "Flores Quispe, Rosa", "email": "ROSA.FLORES@quispe.pe", "address": {"city": "Arequipa"}}"""));
        String hugo = id(shop.post("/api/v1/clients", "{\"name\": \"Hugo Paz\", \"address\": {\"city\": \"Puno\"}}"));
        String hugoToo =
                id(shop.post("/api/v1/clients", "{\"name\": \"Hugo Paz\", \"address\": {\"city\": \"Puno\"}}"));
        report.refresh(tenantId);

        // twenty namesakes: one group, the most one person reviews at once
        assertThat(groups(shop, "")).hasSize(2);
        assertThat(groups(shop, "").getFirst())
                .hasSize(PairChains.LARGEST_GROUP)
                .contains(rosa, rosaAgain);

        namesakes.add(id(shop.post("/api/v1/clients", """
                {"name": "Rosa Flores Quispe", "address": {"city": "Arequipa"}}""")));
        report.refresh(tenantId);

        // one more namesake: the town's weak pairs no longer make a group, the typed-twice client still does
        assertThat(groups(shop, "")).containsExactly(List.of(rosa, rosaAgain), List.of(hugo, hugoToo));
        String group =
                shop.get("/api/v1/duplicates").body().at("/data/0/group_id").stringValue();
        assertThat(shop.post("/api/v1/duplicates/" + group + "/dismiss", null).status())
                .isEqualTo(200);
        assertThat(groups(shop, "")).containsExactly(List.of(hugo, hugoToo));
        assertThat(shop.get("/api/v1/clients/" + namesakes.getFirst() + "/duplicates")
                        .body()
                        .get("data"))
                .as("a write still warns of every namesake")
                .isNotEmpty();
    }

    private static List<List<String>> groups(Api shop, String query) {
        List<List<String>> groups = new ArrayList<>();
        shop.get("/api/v1/duplicates" + query).body().get("data").forEach(g -> groups.add(members(g)));
        return groups;
    }

    private static JsonNode finished(Api shop, String job) {
        return awaitJob(shop, job, j -> !j.get("finished_at").isNull());
    }

    private static JsonNode awaitJob(Api shop, String job, Predicate<JsonNode> until) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            JsonNode seen = shop.get(job).body();
            if (until.test(seen)) {
                return seen;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError(
                "the import did not get there: " + shop.get(job).text());
    }

    private static List<String> members(JsonNode group) {
        List<String> ids = new ArrayList<>();
        group.get("clients").forEach(c -> ids.add(c.get("client_id").stringValue()));
        return ids;
    }
}
