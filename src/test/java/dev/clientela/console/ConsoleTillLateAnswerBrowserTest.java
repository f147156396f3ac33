package dev.clientela.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.ApiTest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The till never shows the answer to what the clerk typed before: the page's requests go through a
 * wrapped {@code XMLHttpRequest} that holds the answer to one query after it has arrived, as a slow
 * network would, until the test lets it through. An answer held that way and then withdrawn by the page
 * is dropped, as a browser drops the answer of an aborted request.
 */
class ConsoleTillLateAnswerBrowserTest extends ApiTest {

    /** Holds the answer to the search for {@code arguments[0]}; {@code window.late} tells where it is. */
    private static final String HOLD = """
            const query = arguments[0];
            const Real = window.XMLHttpRequest;
            window.late = null;
            class Late extends Real {
              open(method, url, ...rest) {
                this.asked = new URL(url, window.location.href);
                return super.open(method, url, ...rest);
              }
              send(body) {
                if (window.late === null && this.asked.pathname === '/console/search'
                    && this.asked.searchParams.get('q') === query) {
                  const xhr = this;
                  const late = window.late = {arrived: false, aborted: false, released: false, deliver: null};
                  const onload = this.onload;
                  this.onload = event => { late.arrived = true; late.deliver = () => onload.call(xhr, event); };
                  late.release = () => { late.released = true; if (!late.aborted && late.deliver) late.deliver(); };
                  this.late = late;
                }
                return super.send(body);
              }
              abort() {
                const late = this.late;
                if (late && !late.released) {
                  late.aborted = true;
                  const held = late.arrived;
                  super.abort();
                  // the page cannot know the answer had arrived: for it the request ends as aborted
                  if (held && this.onabort) this.onabort(new ProgressEvent('abort'));
                  return;
                }
                return super.abort();
              }
            }
            window.XMLHttpRequest = Late;
            """;

    private static Browser browser;
    private static int shops;

    private String admin;

    @BeforeEach
    void shop() {
        if (browser == null) {
            browser = new Browser("http://localhost:" + port);
        }
        browser.driver.manage().deleteAllCookies();
        admin = openTenant("Librería Central", "PE");
        for (String name : new String[] {"María López Quispe", "Marco Lozano", "Mariana Pérez Soto", "Martín Ruiz"}) {
            var response = api.as(admin).post("/api/v1/clients", "{\"name\":\"" + name + "\"}");
            assertThat(response.status()).as(response.text()).isEqualTo(201);
        }
        String clerk = "caja" + ++shops + "@libreria.pe";
        Staffing.user(api, "http://localhost:" + port, admin, clerk, "VIEWER");
        browser.open("/console/login");
        browser.find("#email").sendKeys(clerk);
        browser.find("#password").sendKeys(Staffing.PASSWORD, Keys.ENTER);
        browser.waitFor(d -> browser.path().equals("/console"));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void theAnswerToAnEarlierQueryArrivingLastIsNotShown() {
        hold("mar");
        WebElement box = browser.find("#q");
        box.sendKeys("mar");
        browser.waitFor(d -> late("arrived"));

        box.sendKeys("co");
        browser.waitForText("#result-count", "1 cliente encontrado");
        assertThat(browser.find("#results").getText()).contains("Marco Lozano").doesNotContain("María", "Mariana");
        assertThat(late("released")).as("the answer for 'mar' is still held").isFalse();

        Map<?, ?> after = release();
        assertThat(after.get("count")).isEqualTo("1 cliente encontrado");
        assertThat(after.get("options")).isEqualTo(1L);
        assertThat(browser.find("#results").getText()).contains("Marco Lozano").doesNotContain("María", "Mariana");
        assertThat(box.getAttribute("value")).isEqualTo("marco");
        assertThat(late("aborted")).as("the page withdrew the earlier query").isTrue();
        browser.look("29-till-late-answer");
    }

    @Test
    void anAnswerArrivingAfterEscClearedTheBoxIsNotShown() {
        hold("marco");
        WebElement box = browser.find("#q");
        box.sendKeys("marco");
        browser.waitFor(d -> late("arrived"));
        box.sendKeys(Keys.ESCAPE);
        assertThat(box.getAttribute("value")).isEmpty();

        Map<?, ?> after = release();
        assertThat(after.get("options")).isEqualTo(0L);
        assertThat(after.get("count")).isEqualTo("");
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");
    }

    private void hold(String query) {
        ((JavascriptExecutor) browser.driver).executeScript(HOLD, query);
    }

    private boolean late(String what) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver)
                .executeScript("return window.late !== null && window.late[arguments[0]] === true;", what));
    }

    /** Lets the held answer through and reports the list and the count once the page has handled it. */
    private Map<?, ?> release() {
        return (Map<?, ?>) ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                window.late.release();
                setTimeout(() => done({
                  count: document.getElementById('result-count').textContent,
                  options: document.querySelectorAll('#results [role=option]').length
                }), 0);
                """);
    }
}
