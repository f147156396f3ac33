package dev.clientela.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.ApiTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Who may import and export from the console, and what another tenant's user learns of an import: nothing. */
class ConsoleImportSecurityTest extends ApiTest {

    private static final byte[] FILE = "nombre;correo\nAna Ríos;ana@rios.pe\n".getBytes(StandardCharsets.UTF_8);

    private String base() {
        return "http://localhost:" + port;
    }

    private ConsoleClient signedIn(String adminKey, String email, String role) {
        Staffing.user(api, base(), adminKey, email, role);
        ConsoleClient browser = new ConsoleClient(base());
        var signIn = browser.signIn(email, Staffing.PASSWORD);
        assertThat(signIn.location()).isEqualTo(base() + "/console");
        return browser;
    }

    private static String upload(ConsoleClient browser, byte[] file) {
        String csrf = browser.get("/console/import").csrf();
        var sent = browser.upload("/console/import", csrf, Map.of("mode", "insert"), "clientes.csv", file);
        assertThat(sent.status()).as(sent.body()).isEqualTo(302);
        return sent.location().substring(sent.location().lastIndexOf('/') + 1);
    }

    private JsonNode finished(String adminKey, String jobId) {
        Api shop = api.as(adminKey);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonNode job = shop.get("/api/v1/imports/" + jobId).body();
            if (!job.get("finished_at").isNull()) {
                return job;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("The import did not finish: " + shop.get("/api/v1/imports/" + jobId));
    }

    @Test
    void aViewerExportsButSeesNoImportAndIsRefusedAForgedUpload() {
        String admin = openTenant("Bazar Importa Uno", "PE");
        api.as(admin).post("/api/v1/clients", "{\"name\":\"Cliente Uno\"}");
        ConsoleClient viewer = signedIn(admin, "uno@importa.pe", "VIEWER");

        String till = viewer.get("/console").body();
        assertThat(till).contains("href=\"/console/export\"").doesNotContain("href=\"/console/import\"");
        assertThat(viewer.get("/console/import").status()).isEqualTo(403);
        var forged = viewer.upload(
                "/console/import", viewer.get("/console").csrf(), Map.of("mode", "insert"), "clientes.csv", FILE);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(api.as(admin).get("/api/v1/imports").body().get("data")).isEmpty();

        var export = viewer.get("/console/export/clients?format=csv&delimiter=%3B&bom=");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Disposition")).isEqualTo("attachment; filename=\"clients.csv\"");
        assertThat(export.body())
                .isEqualTo(api.as(admin)
                        .get("/api/v1/clients/export?delimiter=%3B")
                        .text());
        assertThat(export.body()).contains("Cliente Uno");
        assertThat(viewer.get("/console/export/clients?deleted=only").status())
                .as("deleted clients are an ADMIN's to export")
                .isEqualTo(403);
    }

    @Test
    void anOperatorImportsWithTheCsrfTokenOnlyAndAnAdminExportsTheDeleted() {
        String admin = openTenant("Bazar Importa Dos", "PE");
        ConsoleClient operator = signedIn(admin, "dos@importa.pe", "OPERATOR");
        var withoutToken = operator.upload("/console/import", null, Map.of("mode", "insert"), "clientes.csv", FILE);
        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(api.as(admin).get("/api/v1/imports").body().get("data")).isEmpty();

        String job = upload(operator, FILE);
        assertThat(finished(admin, job).get("created").intValue()).isEqualTo(1);
        var page = operator.get("/console/imports/" + job);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Terminada", "1 de 1 filas").doesNotContain("hx-trigger");
        var fragment = operator.get("/console/imports/" + job + "/progress", Map.of("HX-Request", "true"));
        assertThat(fragment.body().strip()).startsWith("<section id=\"job\"").doesNotContain("<html");

        String id = api.as(admin)
                .get("/api/v1/clients?q=Ana")
                .body()
                .at("/data/0/id")
                .stringValue();
        assertThat(api.as(admin).delete("/api/v1/clients/" + id).status()).isEqualTo(204);
        ConsoleClient owner = signedIn(admin, "jefa@importa.pe", "ADMIN");
        var deleted = owner.get("/console/export/clients?format=ndjson&deleted=only");
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.header("Content-Type")).startsWith("application/x-ndjson");
        assertThat(deleted.body()).contains("Ana Ríos");
        assertThat(owner.get("/console/export").body()).contains("id=\"deleted\"");
        assertThat(operator.get("/console/export").body()).doesNotContain("id=\"deleted\"");
    }

    @Test
    void badFilesAndBadOptionsAreRefusedOnThePageWithTheApisStatusNeverA500() {
        String admin = openTenant("Bazar Importa Tres", "PE");
        ConsoleClient operator = signedIn(admin, "tres@importa.pe", "OPERATOR");
        String csrf = operator.get("/console/import").csrf();

        var empty = operator.upload("/console/import", csrf, Map.of(), "vacio.csv", new byte[0]);
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.body()).contains("id=\"file-error\"", "El archivo está vacío.");
        var binary = operator.upload("/console/import", csrf, Map.of(), "hoja.csv", new byte[] {1, 0, 2, 0});
        assertThat(binary.status()).isEqualTo(422);
        assertThat(binary.body()).contains("El archivo no es de texto");
        var columns = operator.upload(
                "/console/import", csrf, Map.of(), "c.csv", "Nombre;Apodo\nAna;A\n".getBytes(StandardCharsets.UTF_8));
        assertThat(columns.status()).isEqualTo(422);
        assertThat(columns.body()).contains("La columna «Apodo» no corresponde a ningún dato");
        var mode = operator.upload("/console/import", csrf, Map.of("mode", "borrar"), "c.csv", FILE);
        assertThat(mode.status()).isEqualTo(422);
        assertThat(mode.body()).contains("id=\"file-error\"", "Una opción del formulario no es válida");
        var noFile = operator.post(
                "/console/import?_csrf=" + java.net.URLEncoder.encode(csrf, StandardCharsets.UTF_8),
                Map.of("mode", "insert"));
        assertThat(noFile.status()).isEqualTo(422);
        assertThat(noFile.body()).contains("id=\"file-error\"");
        var badExport = operator.get("/console/export/clients?format=xml&status=NADA");
        assertThat(badExport.status()).isEqualTo(422);
        assertThat(badExport.body()).contains("id=\"export-errors\"", "Formato", "Estado");
        assertThat(api.as(admin).get("/api/v1/imports").body().get("data")).isEmpty();
    }

    @Test
    void anotherTenantsImportIsNotFoundAndRevealsNothing() {
        String admin = openTenant("Bazar Importa Cuatro", "PE");
        String otherAdmin = openTenant("Bazar Ajeno Importa", "PE");
        ConsoleClient owner = signedIn(admin, "cuatro@importa.pe", "OPERATOR");
        String job = upload(owner, FILE);
        finished(admin, job);
        ConsoleClient stranger = signedIn(otherAdmin, "ajeno@importa.pe", "ADMIN");

        for (String path : new String[] {
            "/console/imports/" + job, "/console/imports/" + job + "/progress", "/console/imports/" + job + "/errors"
        }) {
            var page = stranger.get(path);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).doesNotContain("Ana Ríos", "1 de 1", "Terminada", "clientes.csv");
        }
        var cancel = stranger.submit("/console/import", "/console/imports/" + job + "/cancel", Map.of());
        assertThat(cancel.status()).isEqualTo(404);
        assertThat(stranger.get("/console/import").body()).doesNotContain(job);
        assertThat(stranger.get("/console/imports/not-an-id").status()).isEqualTo(404);
        assertThat(owner.get("/console/import").body()).contains(job);
        assertThat(api.as(admin)
                        .get("/api/v1/imports/" + job)
                        .body()
                        .get("state")
                        .stringValue())
                .isEqualTo("completed");
    }
}
