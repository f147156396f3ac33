package dev.clientela.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.ApiTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Swagger UI as a new user sees it: Debian's Chromium, headless, opens the page, lets its scripts run,
 * and the test reads the page it rendered. A screenshot of the first page is left in {@code target/swagger-ui.png}.
 * Needs {@code chromium} ({@code apt-get install chromium}; {@code .ci/run} installs it).
 */
class SwaggerUiTest extends ApiTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void theFirstPageIsTheCanonicalApiTaggedByFeature() throws Exception {
        String page = render("/swagger-ui.html", "target/swagger-ui.png");

        assertThat(page).contains("Clientela").contains("Clientela API (canonical)");
        List<String> tags = List.of("Tenants and keys", "Clients", "Documents", "Sales", "Credit", "History");
        int last = -1;
        for (String tag : tags) {
            int at = page.indexOf("data-tag=\"" + tag + "\"");
            assertThat(at).as("tag " + tag + " shown after the one before").isGreaterThan(last);
            last = at;
        }
        assertThat(page).doesNotContain("/compat/");
        assertThat(page.indexOf("Clientela API (canonical)")).isLessThan(page.indexOf("Profile: credith"));
    }

    @Test
    void anOperationShowsItsTypedRequestBodyWithItsExample() throws Exception {
        String page = render("/swagger-ui.html#/Clients/registerClient", null);

        assertThat(page)
                .contains("application/json")
                .contains("Distribuidora Norte S.A.C.")
                .contains("20512333797");
        assertThat(page).contains("DUPLICATE_DOCUMENT");
    }

    private String render(String path, String screenshot) throws IOException, InterruptedException {
        assertThat(Files.isExecutable(CHROMIUM))
                .as("Chromium is needed at " + CHROMIUM + " (apt-get install chromium)")
                .isTrue();
        String url = "http://localhost:" + port + path;
        Path profile = Files.createTempDirectory("chromium");
        if (screenshot != null) {
            chromium(profile, "--screenshot=" + Path.of(screenshot).toAbsolutePath(), "--window-size=1280,2400", url);
        }
        Path dom = Files.createTempFile("swagger-ui", ".html");
        ProcessBuilder.Redirect into = ProcessBuilder.Redirect.to(dom.toFile());
        chromium(profile, into, "--dump-dom", url);
        return Files.readString(dom, StandardCharsets.UTF_8);
    }

    private static void chromium(Path profile, String... arguments) throws IOException, InterruptedException {
        chromium(profile, ProcessBuilder.Redirect.DISCARD, arguments);
    }

    private static void chromium(Path profile, ProcessBuilder.Redirect output, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile,
                "--virtual-time-budget=15000"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .redirectOutput(output)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish: " + command);
        }
    }
}
