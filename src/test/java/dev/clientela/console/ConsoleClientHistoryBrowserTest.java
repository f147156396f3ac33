package dev.clientela.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.ApiTest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A client's page shows what the shop has with them: a sale, a quotation still pending, an invoice, and
 * the open payment plan with its first installment overdue, in the clerk's language. The records are made
 * through the API in January; the clock then moves to March, past the first installment's due date.
 */
class ConsoleClientHistoryBrowserTest extends ApiTest {

    private static Browser browser;

    private String admin;
    private Api shop;

    @BeforeEach
    void shop() {
        if (browser == null) {
            browser = new Browser("http://localhost:" + port);
        }
        browser.driver.manage().deleteAllCookies();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    private String created(Api.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.body().get("id").stringValue();
    }

    @Test
    void theClientPageShowsSalesQuotationsInvoicesAndTheOverdueInstallmentInTheClerksLanguage() {
        clock.set("2028-01-10");
        admin = openTenant("Electro Sur", "PE");
        shop = api.as(admin);
        String client = created(shop.post("/api/v1/clients", """
                {"name": "Juana Mamani Quispe", "document": {"type": "DNI", "number": "46779354"}}"""));
        created(shop.post("/api/v1/sales", """
                {"client_id": "%s", "lines": [{"description": "Licuadora", "quantity": 1, "unit_price": 1250.50}]}""".formatted(client)));
        created(shop.post("/api/v1/quotations", """
                {"client_id": "%s", "valid_until": "2028-03-31",
                 "lines": [{"description": "Televisor", "quantity": 2, "unit_price": 1999.90}]}""".formatted(client)));
        created(shop.post("/api/v1/invoices", """
                {"client_id": "%s", "series": "F001", "number": 2045,
                 "lines": [{"description": "Licuadora", "quantity": 1, "unit_price": 1250.50}]}""".formatted(client)));
        var bill = shop.post("/api/v1/bills", """
                {"payment_type": "INSTALLMENT", "client_id": "%s", "months": 3, "payment_day": 31,
                 "starting_date": "2028-01-15",
                 "lines": [{"description": "Refrigeradora", "quantity": 1, "unit_price": 3000}]}""".formatted(client));
        assertThat(bill.status()).as(bill.text()).isEqualTo(201);
        // 3,000 with Peru's 18 % IGV in three installments of 1,180; the invoice's 1,250.50 with it is 1,475.59
        assertThat(bill.body().at("/payment_plan/installments/0/due").decimalValue())
                .isEqualByComparingTo("1180.00");

        // March: the first installment, due on 29 February, is unpaid
        clock.set("2028-03-01");
        Staffing.user(api, "http://localhost:" + port, admin, "caja@electrosur.pe", "OPERATOR");
        browser.open("/console/login");
        browser.find("#email").sendKeys("caja@electrosur.pe");
        browser.find("#password").sendKeys(Staffing.PASSWORD, Keys.ENTER);
        browser.waitFor(d -> browser.path().equals("/console"));
        browser.open("/console/clients/" + client);

        assertThat(browser.find("#sales").getText()).contains("10 ene 2028", "PEN 1.250,50");
        assertThat(browser.find("#quotations").getText()).contains("PEN 3.999,80", "válida hasta 31 mar 2028");
        assertThat(browser.find("#invoices").getText()).contains("F001-2045", "10 ene 2028", "PEN 1.475,59");
        List<WebElement> rows = browser.all("#installments tbody tr");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getAttribute("class")).contains("overdue");
        assertThat(rows.get(0).getText()).contains("29 feb 2028", "PEN 1.180,00", "Vencida");
        assertThat(rows.get(0).findElement(By.cssSelector(".tag")).getText()).isEqualTo("Vencida");
        assertThat(rows.get(1).getAttribute("class")).doesNotContain("overdue");
        assertThat(rows.get(1).getText()).contains("31 mar 2028", "Pendiente");
        assertThat(rows.get(2).getText()).contains("30 abr 2028", "Pendiente");
        assertThat(browser.find("#overdue").getText())
                .isEqualTo("1 cuota vencida: debe PEN 1.180,00 desde el 29 feb 2028.");
        wholePage();
        browser.look("27-client-history");

        browser.driver.findElement(By.xpath("//button[text()='English']")).click();
        browser.waitForText("#plan-h", "Open payment plan");
        assertThat(browser.path()).isEqualTo("/console/clients/" + client);
        assertThat(browser.find("#sales").getText()).contains("Jan 10, 2028", "PEN 1,250.50");
        assertThat(browser.find("#quotations").getText()).contains("PEN 3,999.80", "valid until Mar 31, 2028");
        assertThat(browser.find("#invoices").getText()).contains("F001-2045", "Jan 10, 2028", "PEN 1,475.59");
        rows = browser.all("#installments tbody tr");
        assertThat(rows.get(0).getText()).contains("Feb 29, 2028", "PEN 1,180.00", "Overdue");
        assertThat(rows.get(1).getText()).contains("Mar 31, 2028", "Pending");
        assertThat(browser.find("#overdue").getText())
                .isEqualTo("1 installment overdue: PEN 1,180.00 owed since Feb 29, 2028.");
        wholePage();
        browser.look("28-client-history-english");
    }

    /** A window as tall as the page, so that its photograph shows the whole history. */
    private static void wholePage() {
        long height = (Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("return document.documentElement.scrollHeight;");
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, (int) height + 140));
    }
}
