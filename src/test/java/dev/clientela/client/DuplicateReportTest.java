package dev.clientela.client;

import static dev.clientela.client.MergeScenarioTest.id;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class DuplicateReportTest extends ApiTest {

    @Autowired
    DuplicateReport report;

    @Test
    void theReportGroupsLikelyDuplicatesBestFirstAndKeepsUpWithChanges() {
        Api shop = api.as(openTenant("Reporte", "PE"));
        UUID tenantId =
                UUID.fromString(shop.get("/api/v1/tenant").body().get("id").stringValue());
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
        UUID tenantId =
                UUID.fromString(shop.get("/api/v1/tenant").body().get("id").stringValue());
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

        report.refresh(tenantId);

        JsonNode groups = shop.get("/api/v1/duplicates").body().get("data");
        assertThat(groups).hasSize(2);
        assertThat(groups.toString()).contains(rosa, "Huaman Rosa", "Jorge Paredes", "Paredes Jorge");
        assertThat(groups.toString()).doesNotContain("Cliente 0");
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
        UUID tenantId =
                UUID.fromString(shop.get("/api/v1/tenant").body().get("id").stringValue());
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

    private static List<List<String>> groups(Api shop, String query) {
        List<List<String>> groups = new ArrayList<>();
        shop.get("/api/v1/duplicates" + query).body().get("data").forEach(g -> groups.add(members(g)));
        return groups;
    }

    private static JsonNode finished(Api shop, String job) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            JsonNode seen = shop.get(job).body();
            if (!seen.get("finished_at").isNull()) {
                return seen;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the import did not finish: " + shop.get(job).text());
    }

    private static List<String> members(JsonNode group) {
        List<String> ids = new ArrayList<>();
        group.get("clients").forEach(c -> ids.add(c.get("client_id").stringValue()));
        return ids;
    }
}
