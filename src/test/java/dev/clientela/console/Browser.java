package dev.clientela.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through its own chromedriver: one per test class. Each page can
 * be checked with axe-core and photographed into {@code target/console-screenshots}.
 */
final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    private static final String AXE = axe();

    final ChromeDriver driver;
    /** Where the files that the pages download land. */
    final Path downloads;

    private final String base;

    Browser(String base) {
        this.base = base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=es");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        try {
            downloads = Files.createTempDirectory("clientela-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.executeCdpCommand(
                "Browser.setDownloadBehavior",
                java.util.Map.<String, Object>of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    void open(String path) {
        driver.get(base + path);
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    <T> T waitFor(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failed");
            throw new AssertionError(
                    "The page did not get there: " + driver.getCurrentUrl() + "\n" + driver.getPageSource() + "\n"
                            + driver.manage().logs().get("browser").getAll(),
                    e);
        }
    }

    void waitForText(String css, String text) {
        waitFor(d -> d.findElements(By.cssSelector(css)).stream()
                .anyMatch(e -> e.getText().contains(text)));
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** axe-core on the page as it stands: no serious or critical violation. */
    @SuppressWarnings("unchecked")
    void assertAccessible(String page) {
        ((JavascriptExecutor) driver).executeScript(AXE);
        Object result = ((JavascriptExecutor) driver)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']})"
                        + ".then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                        + ".map(v => v.id + ': ' + v.help + ' ' + v.nodes.map(n => n.target.join(' ')).join(' | '))))"
                        + ".catch(e => done(['axe failed: ' + e]));");
        assertThat((List<String>) result).as("axe on " + page).isEmpty();
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks the page with axe and photographs it. */
    void look(String name) {
        assertAccessible(name);
        screenshot(name);
    }

    /** Waits for a download whose name starts with {@code prefix} to be complete, and reads it. */
    byte[] downloaded(String prefix) {
        Path file = waitFor(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().startsWith(prefix))
                        .filter(f -> !f.getFileName().toString().endsWith(".crdownload"))
                        .findFirst()
                        .orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            byte[] bytes = Files.readAllBytes(file);
            Files.delete(file);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String axe() {
        try (InputStream in =
                Browser.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
