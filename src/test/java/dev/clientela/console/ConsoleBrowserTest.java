package dev.clientela.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.ApiTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A shop clerk's day in a real Chromium, by keyboard where a clerk would use it: sign in, find
 * clients by a name typed with a typo and by a document, open one, register one, correct one while
 * someone else does too, archive, delete and restore, manage users, switch language, sign out. Every
 * page is checked with axe-core and photographed.
 */
class ConsoleBrowserTest extends ApiTest {

    private static Browser browser;

    private String admin;
    private String maria;

    @BeforeEach
    void shop() {
        if (browser == null) {
            browser = new Browser("http://localhost:" + port);
        }
        browser.driver.manage().deleteAllCookies();
        admin = openTenant("Minimarket Central", "PE");
        maria = register("{\"name\":\"María López Quispe\",\"document\":{\"type\":\"DNI\",\"number\":\"46779354\"}}");
        register("{\"name\":\"Distribuidora Lima S.A.C.\",\"document\":{\"type\":\"RUC\",\"number\":\"20512333797\"}}");
        register("{\"name\":\"Marco Lozano\"}");
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    private String register(String body) {
        var response = api.as(admin).post("/api/v1/clients", body);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.body().get("id").stringValue();
    }

    private void signIn(String email) {
        browser.open("/console/login");
        browser.find("#email").sendKeys(email);
        browser.find("#password").sendKeys(Staffing.PASSWORD, Keys.ENTER);
        browser.waitFor(d -> browser.path().equals("/console"));
    }

    private WebElement search(String typed) {
        WebElement box = browser.find("#q");
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        box.sendKeys(typed);
        return box;
    }

    @Test
    void aClerkFindsOpensRegistersAndCorrectsClientsByKeyboard() {
        Staffing.user(api, "http://localhost:" + port, admin, "ana@central.pe", "ADMIN");
        browser.open("/console/login");
        assertThat(browser.focused().getAttribute("id")).isEqualTo("email");
        browser.look("01-login");
        signIn("ana@central.pe");

        // the till opens with the cursor in the box; a name typed with a typo ("lopes") finds her
        assertThat(browser.focused().getAttribute("id")).isEqualTo("q");
        browser.look("02-till");
        WebElement box = search("maria lopes");
        browser.waitForText("#results [role=option]", "María López Quispe");
        browser.waitForText("#result-count", "encontrado");
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(browser.find("#results [role=option] mark").getText()).isEqualTo("María");
        browser.look("03-till-results");

        box.sendKeys(Keys.ARROW_DOWN);
        assertThat(box.getAttribute("aria-activedescendant")).isEqualTo("option-0");
        box.sendKeys(Keys.ENTER);
        browser.waitFor(d -> browser.path().equals("/console/clients/" + maria));
        assertThat(browser.find("h1").getText()).contains("María López Quispe");
        assertThat(browser.find("#check-status").getText()).contains("válido");
        browser.look("04-client");

        // Esc clears; a document number typed whole opens its client at once
        browser.open("/console");
        box = search("marco");
        browser.waitForText("#results [role=option]", "Marco Lozano");
        box.sendKeys(Keys.ESCAPE);
        assertThat(box.getAttribute("value")).isEmpty();
        assertThat(browser.all("#results [role=option]")).isEmpty();
        search("20512333797").sendKeys(Keys.ENTER);
        browser.waitForText("h1", "Distribuidora Lima S.A.C.");

        registerWithAnInvalidThenAValidDocument();
        editWhileSomeoneElseEdits();
        archiveDeleteAndRestore();
        manageUsers();
        switchLanguage();

        browser.find("#sign-out").click();
        browser.waitFor(d -> browser.path().equals("/console/login"));
        assertThat(browser.find("[role=status]").getText()).contains("Ha cerrado la sesión");
        browser.look("11-signed-out");
        browser.open("/console");
        assertThat(browser.path()).isEqualTo("/console/login");
    }

    private void registerWithAnInvalidThenAValidDocument() {
        browser.open("/console/clients/new");
        browser.find("#name").sendKeys("Rosa Huamán Torres");
        new Select(browser.find("#documentType")).selectByValue("DNI");
        WebElement number = browser.find("#documentNumber");
        number.sendKeys("4677935");
        browser.waitForText("#document-status", "no válido");
        // the same holder as María, typed in full: she is shown before saving
        number.sendKeys("4");
        browser.waitForText("#duplicates", "María López Quispe");
        browser.look("05-register-duplicate");
        number.clear();
        number.sendKeys("123");
        browser.waitForText("#document-status", "no válido");
        browser.find("#save").click();
        browser.waitFor(d -> !browser.all("#document-error").isEmpty());
        assertThat(browser.find("#documentNumber").getAttribute("aria-invalid")).isEqualTo("true");
        browser.look("06-register-invalid");

        number = browser.find("#documentNumber");
        number.clear();
        number.sendKeys("41234567");
        browser.waitForText("#document-status", "Documento válido");
        browser.find("#save").click();
        browser.waitForText("[role=status]", "Cliente guardado");
        assertThat(browser.find("h1").getText()).contains("Rosa Huamán Torres");
    }

    private void editWhileSomeoneElseEdits() {
        browser.open("/console/clients/" + maria + "/edit");
        var other = api.as(admin).patch("/api/v1/clients/" + maria, "{\"phone\":\"987654321\"}");
        assertThat(other.status()).isEqualTo(200);
        WebElement email = browser.find("#email");
        email.clear();
        email.sendKeys("maria@correo.pe");
        browser.find("#save").click();
        browser.waitFor(d -> !browser.all("#conflict").isEmpty());
        assertThat(browser.find("#conflict").getText()).contains("987654321");
        assertThat(browser.find("#phone").getAttribute("value")).isEqualTo("987654321");
        assertThat(browser.find("#email").getAttribute("value")).isEqualTo("maria@correo.pe");
        browser.look("07-edit-conflict");
        browser.find("#save").click();
        browser.waitForText("[role=status]", "Cliente guardado");
        var saved = api.as(admin).get("/api/v1/clients/" + maria).body();
        assertThat(saved.get("phone").stringValue()).isEqualTo("987654321");
        assertThat(saved.get("email").stringValue()).isEqualTo("maria@correo.pe");
        assertThat(browser.find("#trail-h").getText()).isNotEmpty();
        browser.look("08-client-after-edit");
    }

    private void archiveDeleteAndRestore() {
        browser.find("#archive").click();
        browser.waitForText("h1", "Archivado");
        browser.find("#activate").click();
        browser.waitFor(d -> !browser.all("#archive").isEmpty());
        browser.find("#delete").click();
        browser.waitFor(d -> browser.path().equals("/console"));
        assertThat(api.as(admin).get("/api/v1/clients/" + maria).status()).isEqualTo(404);
        browser.find("#restore").click();
        browser.waitForText("[role=status]", "Cliente restaurado");
        assertThat(api.as(admin).get("/api/v1/clients/" + maria).status()).isEqualTo(200);
    }

    private void manageUsers() {
        browser.open("/console/users");
        browser.find("#invite-name").sendKeys("Luis");
        browser.find("#invite-email").sendKeys("luis@central.pe");
        new Select(browser.find("#invite-role")).selectByValue("VIEWER");
        browser.find("#invite button[type=submit]").click();
        browser.waitFor(d -> !browser.all("#link").isEmpty());
        assertThat(browser.find("#link").getAttribute("value")).contains("/console/set-password?token=");
        assertThat(browser.find("main").getText()).contains("luis@central.pe", "Sin contraseña aún");
        browser.look("09-users-and-keys");
    }

    private void switchLanguage() {
        browser.open("/console");
        browser.driver.findElement(By.xpath("//button[text()='English']")).click();
        browser.waitForText("h1", "Find a client");
        search("maria");
        browser.waitForText("#result-count", "client");
        browser.look("10-till-english");
        browser.driver.findElement(By.xpath("//button[text()='Español']")).click();
        browser.waitForText("h1", "Buscar cliente");
    }
}
