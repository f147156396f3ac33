package dev.clientela.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.client.DuplicateReport;
import dev.clientela.support.Api;
import dev.clientela.support.ApiTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * One holder registered twice at the till, "José Núñez Pérez" and "Jose Nunez Perez" with a DNI one
 * digit apart, each with a sale: an ADMIN finds them in the duplicate report, compares them side by
 * side, is told the two DNIs need a choice, chooses by keyboard and by clicks, merges, sees the sale
 * moved, finds the merged registration pointing to the survivor, undoes the merge and gets both
 * clients back with their own sales. A VIEWER then reads the report without write buttons. Every
 * page is checked with axe-core and photographed (12 to 19).
 */
class ConsoleMergeBrowserTest extends ApiTest {

    private static Browser browser;

    @Autowired
    DuplicateReport report;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void anAdminMergesTwoRegistrationsOfOneHolderAndUndoesIt() {
        browser = new Browser("http://localhost:" + port);
        String admin = openTenant("Bodega Núñez", "PE");
        Api shop = api.as(admin);
        UUID tenantId = shop.tenantId();
        String jose = id(shop.post("/api/v1/clients", """
                {"name": "José Núñez Pérez", "document": {"type": "DNI", "number": "46779354"}, "phone": "987654321"}"""));
        String again = id(shop.post("/api/v1/clients", """
                {"name": "Jose Nunez Perez", "document": {"type": "DNI", "number": "46779364"},
                 "email": "jose@nunez.pe", "address": {"city": "Lima"}}"""));
        sale(shop, jose, "10.00");
        sale(shop, again, "20.00");
        report.refresh(tenantId);
        Staffing.user(api, "http://localhost:" + port, admin, "rosa@nunez.pe", "ADMIN");
        Staffing.user(api, "http://localhost:" + port, admin, "leo@nunez.pe", "VIEWER");

        signIn("rosa@nunez.pe");
        browser.find("#nav-duplicates").click();
        browser.waitFor(d -> browser.path().equals("/console/duplicates"));
        assertThat(browser.find("#group-0").getText())
                .contains("José Núñez Pérez", "Jose Nunez Perez", "DNI 46779354", "DNI 46779364", "Lima")
                .contains("mismo nombre", "documento con un dígito distinto");
        browser.look("12-duplicates");

        browser.find("#merge-0").click();
        browser.waitForText("h1", "Fusionar clientes");
        assertThat(browser.find("#col-0").getText()).contains("José Núñez Pérez");
        assertThat(browser.find("#col-1").getText()).contains("Jose Nunez Perez");
        assertThat(browser.find("#survivor-0").isSelected()).isTrue();
        assertThat(browser.all("#row-document input[type=radio]")).hasSize(2);
        browser.look("13-merge-sheet");

        // two DNIs and no choice: the merge is refused, and the page says so beside the document row
        browser.find("#merge").click();
        browser.waitFor(d -> !browser.all("#conflict-document").isEmpty());
        assertThat(browser.find("#conflict-document").getText()).contains("documentos distintos");
        assertThat(shop.get("/api/v1/clients/" + again).status()).isEqualTo(200);
        browser.look("14-merge-refused");

        // by keyboard: the survivor moves with the arrows and back; a name is chosen with the space bar
        WebElement survivor = browser.find("#survivor-0");
        survivor.sendKeys(Keys.ARROW_RIGHT);
        assertThat(browser.find("#survivor-1").isSelected()).isTrue();
        browser.focused().sendKeys(Keys.ARROW_LEFT);
        assertThat(browser.find("#survivor-0").isSelected()).isTrue();
        browser.find("#keep-name-0").sendKeys(Keys.SPACE);
        assertThat(browser.find("#keep-name-0").isSelected()).isTrue();
        browser.find("#row-document td:nth-of-type(1) label").click();
        assertThat(browser.find("#keep-document-0").isSelected()).isTrue();
        browser.find("#keep-email-1").click();
        browser.find("#merge").click();

        browser.waitForText("h1", "Fusión");
        assertThat(browser.find("[role=status]").getText()).contains("Clientes fusionados");
        assertThat(browser.find("#survivor").getText()).contains("José Núñez Pérez");
        assertThat(browser.find("#merged-clients").getText()).contains("Jose Nunez Perez");
        assertThat(browser.find("#moved-sales").getText()).contains("Ventas", "1");
        JsonNode merged = shop.get("/api/v1/clients/" + jose).body();
        assertThat(merged.get("name").stringValue()).isEqualTo("José Núñez Pérez");
        assertThat(merged.at("/document/number").stringValue()).isEqualTo("46779354");
        assertThat(merged.get("email").stringValue()).isEqualTo("jose@nunez.pe");
        assertThat(sales(shop, jose)).isEqualTo(2);
        assertThat(shop.get("/api/v1/clients/" + again).code()).isEqualTo("CLIENT_MERGED");
        browser.look("15-merge-result");

        browser.driver
                .findElement(org.openqa.selenium.By.linkText("Jose Nunez Perez"))
                .click();
        browser.waitFor(d -> browser.path().equals("/console/clients/" + again));
        assertThat(browser.find("#merged-into").getText()).contains("se fusionó con", "José Núñez Pérez");
        assertThat(browser.find("#survivor-link").getAttribute("href")).endsWith("/console/clients/" + jose);
        browser.look("16-client-merged");

        browser.find("#merge-link").click();
        browser.waitFor(d -> !browser.all("#undo").isEmpty());
        browser.find("#undo").click();
        browser.waitFor(d -> !browser.all("#undone-notice").isEmpty());
        assertThat(browser.find("#merge-state").getText()).isEqualTo("deshecha");
        assertThat(browser.all("#undo")).isEmpty();
        browser.look("17-merge-undone");

        assertThat(sales(shop, jose)).isEqualTo(1);
        assertThat(sales(shop, again)).isEqualTo(1);
        assertThat(shop.get("/api/v1/clients/" + again).body().get("email").stringValue())
                .isEqualTo("jose@nunez.pe");
        browser.open("/console/clients/" + again);
        assertThat(browser.find("h1").getText()).contains("Jose Nunez Perez");
        assertThat(browser.all("#sales-h ~ ul li")).hasSize(1);
        assertThat(browser.find("#sales-h ~ ul").getText()).contains("20,00");
        assertThat(browser.find("#possible-duplicates").getText()).contains("1 posible duplicado", "José Núñez Pérez");
        browser.look("18-client-after-undo");
        browser.open("/console/clients/" + jose);
        assertThat(browser.all("#sales-h ~ ul li")).hasSize(1);
        assertThat(browser.find("#sales-h ~ ul").getText()).contains("10,00");
        // from a client page: its possible duplicates, ticked, compared side by side
        browser.find("#compare").click();
        browser.waitForText("h1", "Fusionar clientes");
        assertThat(browser.find("#col-0").getText()).contains("José Núñez Pérez");
        assertThat(browser.find("#col-1").getText()).contains("Jose Nunez Perez");

        // the undo brought the group back to the report; a VIEWER reads it without write buttons
        browser.find("#sign-out").click();
        browser.waitFor(d -> browser.path().equals("/console/login"));
        signIn("leo@nunez.pe");
        browser.open("/console/duplicates");
        assertThat(browser.find("#group-0").getText()).contains("José Núñez Pérez", "Jose Nunez Perez");
        assertThat(browser.all("#merge-0, #dismiss-0, #merge, #undo")).isEmpty();
        browser.look("19-duplicates-viewer");
    }

    private void signIn(String email) {
        browser.open("/console/login");
        browser.find("#email").sendKeys(email);
        browser.find("#password").sendKeys(Staffing.PASSWORD, Keys.ENTER);
        browser.waitFor(d -> browser.path().equals("/console"));
    }

    private static long sales(Api shop, String clientId) {
        JsonNode data = shop.get("/api/v1/sales?client_id=" + clientId).body().get("data");
        return data.size();
    }

    private static String id(Api.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.body().get("id").stringValue();
    }

    private static void sale(Api shop, String clientId, String price) {
        id(shop.post("/api/v1/sales", """
                {"client_id": "%s", "lines": [{"description": "Arroz", "quantity": 1, "unit_price": %s}]}""".formatted(clientId, price)));
    }
}
