package dev.clientela.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.ApiTest;
import dev.clientela.support.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * A shop clerk brings the shop's old client list in from Excel: a Windows-1252 CSV of 3,000 rows separated
 * by semicolons, one of them with an impossible document. First as a dry run (nothing written, the refused
 * row shown and downloadable), then for real, watching the bar while the job runs, then exporting the
 * clients back. The real run is held between two chunks by a row lock on the one client it updates, so
 * the bar is seen at an intermediate value whatever the worker's pace; files that cannot be imported are
 * refused beside the file field.
 */
class ConsoleImportBrowserTest extends ApiTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int ROWS = 3000;
    /** The row whose document is already a client's: the real run updates that client. */
    private static final int KNOWN_ROW = 2500;
    /** The row with a document of three digits, which no DNI has. */
    private static final int INVALID_ROW = 1234;

    private static Browser browser;

    private String admin;
    private Api shop;
    private Path work;

    @BeforeEach
    void shop() throws IOException {
        if (browser == null) {
            browser = new Browser("http://localhost:" + port);
        }
        browser.driver.manage().deleteAllCookies();
        admin = openTenant("Bodega Ñañez", "PE");
        shop = api.as(admin);
        work = Files.createTempDirectory("clientela-import");
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void aClerkTriesTheFileFirstThenImportsItWatchingTheBarAndExportsTheClientsBack() throws Exception {
        String known = shop.post(
                        "/api/v1/clients",
                        "{\"name\":\"Cliente Antiguo\",\"document\":{\"type\":\"DNI\",\"number\":\"%s\"},\"email\":\"antiguo@bodega.pe\"}"
                                .formatted(dni(KNOWN_ROW)))
                .body()
                .get("id")
                .stringValue();
        Staffing.user(api, "http://localhost:" + port, admin, "rosa@bodega.pe", "OPERATOR");
        signIn("rosa@bodega.pe");
        Path file = write("clientes.csv", excelFile());

        browser.find("nav a[href='/console/import']").click();
        browser.waitFor(d -> browser.path().equals("/console/import"));
        assertThat(browser.find("#recent-h").getText()).isEqualTo("Importaciones recientes");
        browser.look("20-import");

        // the dry run: everything counted, nothing written
        upload(file, "upsert", true);
        browser.waitFor(d -> browser.path().startsWith("/console/imports/"));
        String dryRun = browser.path().substring("/console/imports/".length());
        awaitState("completed_with_errors");
        assertThat(browser.find("#dry-run").getText()).contains("no se guardó ningún cliente");
        assertCounts("2.998", "1", "0", "1");
        assertThat(browser.find("#progress-text").getText()).isEqualTo("3.000 de 3.000 filas");
        assertThat(browser.find("#job").getAttribute("hx-trigger")).isNull();
        assertThat(total()).isEqualTo(1);
        browser.look("21-import-dry-run");

        browser.find("#errors-file").click();
        byte[] errors = browser.downloaded("import-" + dryRun);
        String operatorKey = keyWithRole(admin, "OPERATOR");
        byte[] apiErrors = api.as(operatorKey)
                .get("/api/v1/imports/" + dryRun + "/errors")
                .text()
                .getBytes(StandardCharsets.UTF_8);
        assertThat(errors).isEqualTo(apiErrors);
        String errorLines = new String(errors, StandardCharsets.UTF_8);
        assertThat(errorLines.lines().toList())
                .hasSize(2)
                .last()
                .asString()
                .startsWith("Cliente Núñez " + INVALID_ROW + ";1;123;")
                .contains(";" + (INVALID_ROW + 1) + ";document.number;");

        // the real run, held in its last chunks by a lock on the client it updates
        try (Connection lock = lockClient(known)) {
            browser.open("/console/import");
            assertThat(browser.find("#recent").getText()).contains("Ensayo");
            upload(file, "upsert", false);
            browser.waitFor(d -> browser.path().startsWith("/console/imports/"));
            String real = browser.path();
            // the bar and its text are read at once: htmx may put a newer answer in between two reads
            java.util.Map<?, ?> bar = browser.waitFor(d -> {
                java.util.Map<?, ?> now = bar();
                long done = (Long) now.get("value");
                return done > 0 && done < ROWS ? now : null;
            });
            long done = (Long) bar.get("value");
            assertThat(bar.get("max")).isEqualTo((long) ROWS);
            assertThat(bar.get("text"))
                    .isEqualTo(String.format(java.util.Locale.forLanguageTag("es"), "%,d de 3.000 filas", done));
            assertThat(bar.get("polling")).isEqualTo("every 1s");
            assertThat(browser.all("#cancel")).hasSize(1);
            assertThat(browser.find("#job-state").getText()).isEqualTo("En curso");
            browser.look("22-import-running");

            // a second file waits its turn, and is cancelled before it starts
            browser.open("/console/import");
            upload(
                    write(
                            "dos.csv",
                            "nombre;correo\nAna Ríos;ana@rios.pe\nLuis Paz;luis@paz.pe\n".getBytes(WINDOWS_1252)),
                    "insert",
                    false);
            browser.waitFor(d -> browser.path().startsWith("/console/imports/"));
            assertThat(browser.find("#job-state").getText()).isEqualTo("En cola");
            assertThat(browser.find("#progress-text").getText()).isEqualTo("0 de 2 filas");
            browser.look("23-import-queued");
            browser.find("#cancel").click();
            awaitState("cancelled");
            assertThat(browser.all("#cancel")).isEmpty();
            assertThat(browser.find("#job").getAttribute("hx-trigger")).isNull();

            browser.open(real);
            assertThat(browser.find("#job").getAttribute("data-state")).isEqualTo("running");
            lock.rollback();
        }
        awaitState("completed_with_errors");
        assertCounts("2.998", "1", "0", "1");
        assertThat(browser.find("#progress").getAttribute("value")).isEqualTo(String.valueOf(ROWS));
        assertThat(browser.find("#progress-text").getText()).isEqualTo("3.000 de 3.000 filas");
        assertThat(browser.find("#job").getAttribute("hx-trigger")).isNull();
        assertThat(browser.all("#cancel")).isEmpty();
        assertThat(browser.all("#dry-run")).isEmpty();
        browser.look("24-import-done");

        assertThat(total()).isEqualTo(ROWS - 1);
        assertThat(shop.get("/api/v1/clients?q=Ana%20Rios&include=total")
                        .body()
                        .get("total")
                        .intValue())
                .as("the cancelled file wrote nothing")
                .isZero();
        JsonNode updated = shop.get("/api/v1/clients/" + known).body();
        assertThat(updated.get("name").stringValue()).isEqualTo("Cliente Núñez " + KNOWN_ROW);
        String rosa = shop.get("/api/v1/users")
                .body()
                .get("data")
                .valueStream()
                .filter(u -> u.get("email").stringValue().equals("rosa@bodega.pe"))
                .findFirst()
                .orElseThrow()
                .get("id")
                .stringValue();
        JsonNode change =
                shop.get("/api/v1/clients/" + known + "/changes").body().at("/data/0");
        assertThat(change.get("action").stringValue()).isEqualTo("UPDATE");
        assertThat(change.get("user_id").stringValue())
                .as("the import is audited as the clerk's")
                .isEqualTo(rosa);

        exportTheClientsBack();
    }

    private void exportTheClientsBack() {
        browser.find("nav a[href='/console/export']").click();
        browser.waitFor(d -> browser.path().equals("/console/export"));
        new Select(browser.find("#delimiter")).selectByValue(";");
        browser.find("#bom").click();
        browser.look("25-export");
        browser.find("#download").click();
        byte[] file = browser.downloaded("clients");
        byte[] api =
                shop.get("/api/v1/clients/export?delimiter=%3B&bom=true").text().getBytes(StandardCharsets.UTF_8);
        assertThat(file).as("the same stream as the API's export").isEqualTo(api);
        assertThat(file).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        assertThat(text.lines().toList()).hasSize(1 + ROWS - 1);
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("number;name;legal_name");
        assertThat(text).contains("Cliente Núñez 1;", "Cliente Núñez " + ROWS + ";", dni(ROWS));
        assertThat(browser.path()).isEqualTo("/console/export");
    }

    @Test
    void filesThatCannotBeImportedAreRefusedBesideTheFileFieldAndWriteNothing() {
        Staffing.user(api, "http://localhost:" + port, admin, "luis@bodega.pe", "OPERATOR");
        signIn("luis@bodega.pe");
        browser.open("/console/import");

        refused(write("vacio.csv", new byte[0]), "El archivo está vacío.");
        refused(write("hoja.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 20, 0}), "El archivo no es de texto");
        refused(
                write("columnas.csv", "Nombre;Apodo;Correo\nAna;Anita;ana@x.pe\n".getBytes(WINDOWS_1252)),
                "La columna «Apodo» no corresponde a ningún dato");
        assertThat(browser.find("#file").getAttribute("aria-describedby")).contains("file-error");
        browser.look("26-import-refused");
        StringBuilder many = new StringBuilder("nombre\n");
        many.append("a\n".repeat(2_000_001));
        refused(
                write("enorme.csv", many.toString().getBytes(StandardCharsets.UTF_8)),
                "El archivo es demasiado grande");

        assertThat(total()).isZero();
        assertThat(browser.all("#recent")).as("no job was queued").isEmpty();
    }

    private void refused(Path file, String why) {
        upload(file, "insert", false);
        browser.waitForText("#file-error", why);
        assertThat(browser.path()).isEqualTo("/console/import");
        assertThat(browser.find("#file").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#file-error").getText()).contains("No se importó nada");
    }

    private void signIn(String email) {
        browser.open("/console/login");
        browser.find("#email").sendKeys(email);
        browser.find("#password").sendKeys(Staffing.PASSWORD, Keys.ENTER);
        browser.waitFor(d -> browser.path().equals("/console"));
    }

    private void upload(Path file, String mode, boolean dryRun) {
        new Select(browser.find("#mode")).selectByValue(mode);
        new Select(browser.find("#key")).selectByValue("document");
        if (browser.find("#dry_run").isSelected() != dryRun) {
            browser.find("#dry_run").click();
        }
        browser.find("#file").sendKeys(file.toAbsolutePath().toString());
        browser.find("#upload").click();
    }

    /** The progress bar's value and maximum, its text and whether it is polled, as one moment of the page. */
    private static java.util.Map<?, ?> bar() {
        return (java.util.Map<?, ?>) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("""
                const bar = document.getElementById('progress');
                return {value: Math.round(bar.value), max: Math.round(bar.max),
                        text: document.getElementById('progress-text').textContent,
                        polling: document.getElementById('job').getAttribute('hx-trigger')};
                """);
    }

    private void awaitState(String state) {
        browser.waitFor(d -> state.equals(d.findElement(By.id("job")).getAttribute("data-state")));
    }

    private void assertCounts(String created, String updated, String unchanged, String refused) {
        assertThat(browser.find("#created").getText()).isEqualTo(created);
        assertThat(browser.find("#updated").getText()).isEqualTo(updated);
        assertThat(browser.find("#unchanged").getText()).isEqualTo(unchanged);
        assertThat(browser.find("#refused").getText()).isEqualTo(refused);
    }

    private int total() {
        return shop.get("/api/v1/clients?include=total").body().get("total").intValue();
    }

    /** The export of an old till program, as Excel saves it in Spanish: semicolons, Windows-1252. */
    private static byte[] excelFile() {
        StringBuilder csv = new StringBuilder("Nombre;Tipo Documento;Número Documento;Correo;Distrito\r\n");
        for (int row = 1; row <= ROWS; row++) {
            String number = row == INVALID_ROW ? "123" : dni(row);
            csv.append("Cliente Núñez ")
                    .append(row)
                    .append(";1;")
                    .append(number)
                    .append(";cliente")
                    .append(row)
                    .append("@bodega.pe;Peña Alta\r\n");
        }
        return csv.toString().getBytes(WINDOWS_1252);
    }

    private static String dni(int row) {
        return String.valueOf(40_000_000 + row);
    }

    private Path write(String name, byte[] bytes) {
        try {
            return Files.write(work.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
}
