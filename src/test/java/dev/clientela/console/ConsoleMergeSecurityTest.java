package dev.clientela.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.client.DuplicateReport;
import dev.clientela.support.Api;
import dev.clientela.support.ApiTest;
import dev.clientela.support.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who may do what on the duplicates, merge and undo pages, as the API decides: VIEWER reads,
 * OPERATOR also dismisses, ADMIN also merges and undoes; another tenant's ids are not found. A
 * refusal of the merge itself is a page saying why, never an error page.
 */
class ConsoleMergeSecurityTest extends ApiTest {

    @Autowired
    DuplicateReport report;

    private String base() {
        return "http://localhost:" + port;
    }

    private ConsoleClient signedIn(String adminKey, String email, String role) {
        Staffing.user(api, base(), adminKey, email, role);
        ConsoleClient browser = new ConsoleClient(base());
        assertThat(browser.signIn(email, Staffing.PASSWORD).location()).isEqualTo(base() + "/console");
        return browser;
    }

    /** A shop with one holder registered twice; answers the two client ids and the group's id. */
    private Twins twins(String adminKey, String name) {
        Api shop = api.as(adminKey);
        String first = id(shop.post("/api/v1/clients", "{\"name\": \"%s\", \"phone\": \"987111222\"}".formatted(name)));
        String second = id(shop.post(
                "/api/v1/clients", "{\"name\": \"%s\", \"phone\": \"987 111 222\"}".formatted(name.toUpperCase())));
        report.refresh(shop.tenantId());
        String group =
                shop.get("/api/v1/duplicates").body().at("/data/0/group_id").stringValue();
        assertThat(group).isNotNull();
        return new Twins(first, second, group);
    }

    record Twins(String first, String second, String group) {}

    @Test
    void aViewerReadsTheReportWithoutWriteButtonsAndEveryForgedWriteIsRefused() {
        String admin = openTenant("Bazar Visor", "PE");
        Twins twins = twins(admin, "Carla Ríos");
        String mergeOfOthers = mergedPair(admin, "Tomás Paz");
        ConsoleClient viewer = signedIn(admin, "visor@bazar.pe", "VIEWER");

        var page = viewer.get("/console/duplicates");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Carla Ríos", "CARLA RÍOS", "mismo teléfono");
        assertThat(page.body()).doesNotContain("id=\"merge-0\"", "id=\"dismiss-0\"", "/dismiss");
        assertThat(viewer.get("/console").body()).contains("href=\"/console/duplicates\"");

        var dismiss = viewer.submit(
                "/console/duplicates", "/console/duplicates/" + twins.group() + "/dismiss", Map.of("page", "1"));
        assertThat(dismiss.status()).isEqualTo(403);
        var merge = viewer.submit(
                "/console/duplicates",
                "/console/merge",
                Map.of("survivor", twins.first(), "client_0", twins.first(), "client_1", twins.second()));
        assertThat(merge.status()).isEqualTo(403);
        var undo = viewer.submit("/console/duplicates", "/console/merges/" + mergeOfOthers + "/undo", Map.of());
        assertThat(undo.status()).isEqualTo(403);
        assertThat(viewer.get("/console/duplicates/" + twins.group() + "/merge").status())
                .isEqualTo(403);
        assertThat(viewer.get("/console/merge?client_0=" + twins.first() + "&client_1=" + twins.second())
                        .status())
                .isEqualTo(403);
        assertThat(viewer.get("/console/merges/" + mergeOfOthers).status()).isEqualTo(403);

        Api shop = api.as(admin);
        assertThat(shop.get("/api/v1/duplicates").body().toString()).contains(twins.group());
        assertThat(shop.get("/api/v1/clients/" + twins.second()).status()).isEqualTo(200);
        assertThat(shop.get("/api/v1/merges/" + mergeOfOthers).body().has("undone_at"))
                .isFalse();
    }

    @Test
    void anOperatorDismissesAGroupButCannotMerge() {
        String admin = openTenant("Bazar Operador", "PE");
        Twins twins = twins(admin, "Lucía Vera");
        ConsoleClient operator = signedIn(admin, "opera@bazar.pe", "OPERATOR");

        String page = operator.get("/console/duplicates").body();
        assertThat(page).contains("id=\"dismiss-0\"").doesNotContain("id=\"merge-0\"");
        assertThat(operator.get("/console/duplicates/" + twins.group() + "/merge")
                        .status())
                .isEqualTo(403);
        var merge = operator.submit(
                "/console/duplicates",
                "/console/merge",
                Map.of("survivor", twins.first(), "client_0", twins.first(), "client_1", twins.second()));
        assertThat(merge.status()).isEqualTo(403);
        assertThat(api.as(admin).get("/api/v1/clients/" + twins.second()).status())
                .isEqualTo(200);

        var dismiss = operator.submit(
                "/console/duplicates", "/console/duplicates/" + twins.group() + "/dismiss", Map.of("page", "1"));
        assertThat(dismiss.status()).isEqualTo(302);
        assertThat(dismiss.location()).endsWith("/console/duplicates");
        String after = operator.get("/console/duplicates").body();
        assertThat(after).contains("Descartado", "Lucía Vera").doesNotContain("id=\"group-0\"");
        assertThat(api.as(admin).get("/api/v1/duplicates").body().get("data")).isEmpty();
        assertThat(dismissedBy(twins)).containsExactly("opera");
    }

    /** The names of the staff users who recorded the twins as different people, read as the owner. */
    private static List<String> dismissedBy(Twins twins) {
        try (var c = java.sql.DriverManager.getConnection(TestDatabase.jdbcUrl(), TestDatabase.owner(), "");
                var query = c.prepareStatement("""
                        select u.name from duplicate_dismissals d join staff_users u on u.id = d.user_id
                        where d.client_a = least(?::uuid, ?::uuid) and d.client_b = greatest(?::uuid, ?::uuid)""")) {
            query.setString(1, twins.first());
            query.setString(2, twins.second());
            query.setString(3, twins.first());
            query.setString(4, twins.second());
            List<String> names = new java.util.ArrayList<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anotherTenantsGroupClientOrMergeIsNotFoundAndRevealsNothing() {
        String admin = openTenant("Bazar Propio", "PE");
        String own = id(api.as(admin).post("/api/v1/clients", "{\"name\": \"Cliente Propio\"}"));
        String otherAdmin = openTenant("Bazar Ajeno", "PE");
        Twins foreign = twins(otherAdmin, "Marta Ajena");
        String foreignMerge = mergedPair(otherAdmin, "Rubén Ajeno");
        String foreignMerged = api.as(otherAdmin)
                .get("/api/v1/merges/" + foreignMerge)
                .body()
                .at("/merged_ids/0")
                .stringValue();
        ConsoleClient browser = signedIn(admin, "propio@bazar.pe", "ADMIN");

        List<ConsoleClient.Page> answers = List.of(
                browser.get("/console/duplicates/" + foreign.group() + "/merge"),
                browser.submit("/console/duplicates", "/console/duplicates/" + foreign.group() + "/dismiss", Map.of()),
                browser.get("/console/merge?client_0=" + foreign.first() + "&client_1=" + own),
                browser.submit(
                        "/console/duplicates",
                        "/console/merge",
                        Map.of("survivor", foreign.first(), "client_0", foreign.first(), "client_1", foreign.second())),
                browser.get("/console/merges/" + foreignMerge),
                browser.submit("/console/duplicates", "/console/merges/" + foreignMerge + "/undo", Map.of()),
                browser.get("/console/clients/" + foreignMerged),
                browser.get("/console/duplicates/not-a-group/merge"),
                browser.get("/console/merges/not-a-merge"));
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.body()).isEqualTo(404);
            assertThat(answer.body()).doesNotContain("Marta", "MARTA", "Rubén", "Ajen");
        });
        assertThat(browser.get("/console/duplicates").body()).doesNotContain("Marta");

        Api other = api.as(otherAdmin);
        assertThat(other.get("/api/v1/duplicates").body().toString()).contains(foreign.group());
        assertThat(other.get("/api/v1/clients/" + foreign.second()).status()).isEqualTo(200);
        assertThat(other.get("/api/v1/merges/" + foreignMerge).body().has("undone_at"))
                .isFalse();
    }

    @Test
    void whatTheMergeRefusesIsShownOnTheSheetBesideItsCause() {
        String admin = openTenant("Bazar Límites", "PE");
        Api shop = api.as(admin);
        Twins twins = twins(admin, "Elsa Mora");
        ConsoleClient browser = signedIn(admin, "limites@bazar.pe", "ADMIN");
        for (String client : List.of(twins.first(), twins.second())) {
            assertThat(shop.post("/api/v1/bills", """
                    {"payment_type": "INSTALLMENT", "client_id": "%s", "months": 3, "payment_day": 15, "starting_date": "2028-01-15",
                     "lines": [{"description": "Cocina", "quantity": 1, "unit_price": 300}]}""".formatted(client)).status())
                    .isEqualTo(201);
        }

        String sheet = "/console/duplicates/" + twins.group() + "/merge";
        assertThat(browser.get(sheet).body()).contains("Elsa Mora", "ELSA MORA", "name=\"survivor\"");
        var plans =
                browser.submit(sheet, "/console/merge", form(twins.first(), List.of(twins.first(), twins.second())));
        assertThat(plans.status()).isEqualTo(409);
        assertThat(plans.body()).contains("plan de pagos abierto", "No se fusionó nada", "ELSA MORA");

        List<String> many = new java.util.ArrayList<>(List.of(twins.first()));
        for (int i = 0; i < 11; i++) {
            many.add(id(shop.post("/api/v1/clients", "{\"name\": \"Relleno %d\"}".formatted(i))));
        }
        var tooMany = browser.submit(sheet, "/console/merge", form(twins.first(), many));
        assertThat(tooMany.status()).isEqualTo(409);
        assertThat(tooMany.body()).contains("como máximo 10 clientes además del que permanece; hay 11");

        var alone = browser.submit(sheet, "/console/merge", form(twins.first(), List.of(twins.first())));
        assertThat(alone.status()).isEqualTo(422);
        assertThat(alone.body()).contains("Elija al menos otro cliente");
        assertThat(shop.get("/api/v1/clients/" + twins.second()).status()).isEqualTo(200);
    }

    @Test
    void anUndoTheUseCaseRefusesIsToldInSentencesOnTheMergePage() {
        String admin = openTenant("Bazar Deshacer", "PE");
        Api shop = api.as(admin);
        String changed = mergedPair(admin, "Nora Campos");
        String survivor =
                shop.get("/api/v1/merges/" + changed).body().get("survivor_id").stringValue();
        assertThat(shop.patch("/api/v1/clients/" + survivor, "{\"notes\": \"cliente de los martes\"}")
                        .status())
                .isEqualTo(200);
        String old = mergedPair(admin, "Saúl Ibarra");
        ConsoleClient browser = signedIn(admin, "deshace@bazar.pe", "ADMIN");

        var refused = browser.submit("/console/merges/" + changed, "/console/merges/" + changed + "/undo", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body())
                .contains("No se pudo deshacer la fusión", "se modificó después de la fusión")
                .contains("id=\"undo\"");

        clock.advance(java.time.Duration.ofDays(31));
        var tooOld = browser.submit("/console/merges/" + old, "/console/merges/" + old + "/undo", Map.of());
        assertThat(tooOld.status()).isEqualTo(409);
        assertThat(tooOld.body()).contains("solo se puede deshacer durante 30 días");
        clock.reset();

        var undone = browser.submit("/console/merges/" + old, "/console/merges/" + old + "/undo", Map.of());
        assertThat(undone.status()).isEqualTo(302);
        assertThat(browser.get("/console/merges/" + old).body())
                .contains("deshecha")
                .doesNotContain("id=\"undo\"");
        var again = browser.submit("/console/merges/" + old, "/console/merges/" + old + "/undo", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("Esta fusión ya se deshizo el");
        assertThat(shop.get("/api/v1/merges/" + changed).body().has("undone_at"))
                .isFalse();
    }

    /** The merge sheet's form as posted: one client per column, the survivor chosen, nothing kept. */
    private static Map<String, String> form(String survivor, List<String> clients) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("survivor", survivor);
        for (int i = 0; i < clients.size(); i++) {
            fields.put("client_" + i, clients.get(i));
        }
        return fields;
    }

    /** Two clients of the tenant merged through the API; answers the merge's id. */
    private String mergedPair(String adminKey, String name) {
        Api shop = api.as(adminKey);
        String a = id(shop.post("/api/v1/clients", "{\"name\": \"%s\"}".formatted(name)));
        String b = id(shop.post("/api/v1/clients", "{\"name\": \"%s\"}".formatted(name)));
        var merged = shop.post("/api/v1/clients/" + a + "/merge", "{\"clients\": [\"%s\"]}".formatted(b));
        return id(merged);
    }

    private static String id(Api.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.body().get("id").stringValue();
    }
}
