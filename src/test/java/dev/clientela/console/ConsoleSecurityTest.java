package dev.clientela.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.ApiTest;
import dev.clientela.support.SecondInstance;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Who may use the console, and how a session is kept and ended. */
class ConsoleSecurityTest extends ApiTest {

    @Autowired
    JdbcClient jdbc;

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

    private String client(String key, String name) {
        return api.as(key)
                .post("/api/v1/clients", "{\"name\":\"%s\"}".formatted(name))
                .body()
                .get("id")
                .stringValue();
    }

    @Test
    void signsInWithAnHttpOnlyLaxCookieForTheConsoleOnlyAndSignsOut() {
        String admin = openTenant("Bazar Uno", "PE");
        Staffing.user(api, base(), admin, "uno@bazar.pe", "OPERATOR");
        ConsoleClient browser = new ConsoleClient(base());
        assertThat(browser.get("/console").location()).isEqualTo(base() + "/console/login");

        var signIn = browser.signIn("uno@bazar.pe", Staffing.PASSWORD);
        String cookie = signIn.header("Set-Cookie");
        assertThat(cookie).contains("CLIENTELA_SESSION=", "Path=/console", "HttpOnly", "SameSite=Lax");
        assertThat(cookie).doesNotContain("Secure");
        var till = browser.get("/console");
        assertThat(till.status()).isEqualTo(200);
        assertThat(till.body()).contains("uno · Bazar Uno", "Buscar cliente");

        var signOut = browser.submit("/console", "/console/logout", Map.of());
        assertThat(signOut.location()).endsWith("/console/login?signed-out");
        assertThat(browser.get("/console").status()).isEqualTo(302);
    }

    @Test
    void theCookieIsSecureWhenTheBrowserCameOverHttps() {
        String admin = openTenant("Bazar Dos", "PE");
        Staffing.user(api, base(), admin, "dos@bazar.pe", "VIEWER");
        ConsoleClient browser = new ConsoleClient(base());
        var login = browser.get("/console/login", Map.of("X-Forwarded-Proto", "https"));
        assertThat(login.header("Set-Cookie")).contains("Secure", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountFor15MinutesAndTheRefusalNeverTellsTheEmailExists() {
        String admin = openTenant("Bazar Tres", "PE");
        Staffing.user(api, base(), admin, "tres@bazar.pe", "VIEWER");
        clock.freeze();
        ConsoleClient browser = new ConsoleClient(base());
        var unknown = browser.signIn("nadie@bazar.pe", "lo-que-sea-123");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(browser.signIn("tres@bazar.pe", "equivocada-" + attempt).location())
                    .isEqualTo(unknown.location());
        }
        var locked = browser.signIn("tres@bazar.pe", Staffing.PASSWORD);
        assertThat(locked.status()).isEqualTo(unknown.status());
        assertThat(locked.location()).isEqualTo(base() + "/console/login?error");
        String lockedPage = browser.get("/console/login?error").body();
        assertThat(lockedPage)
                .contains("No pudimos iniciar sesión")
                .doesNotContain("bloqueada durante 15 minutos.</p><p");

        clock.advance(Duration.ofMinutes(14));
        assertThat(browser.signIn("tres@bazar.pe", Staffing.PASSWORD).location())
                .endsWith("?error");
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(browser.signIn("tres@bazar.pe", Staffing.PASSWORD).location())
                .isEqualTo(base() + "/console");
    }

    @Test
    void aFormOrHtmxRequestWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        String admin = openTenant("Bazar Cuatro", "PE");
        ConsoleClient browser = signedIn(admin, "cuatro@bazar.pe", "ADMIN");
        var forged = browser.post("/console/clients", Map.of("name", "Cliente Falso"));
        assertThat(forged.status()).isEqualTo(403);
        var forgedHtmx =
                browser.post("/console/clients/candidates", Map.of("name", "Cliente"), Map.of("HX-Request", "true"));
        assertThat(forgedHtmx.status()).isEqualTo(403);
        assertThat(api.as(admin).get("/api/v1/clients").body().get("data")).isEmpty();

        var withToken = browser.submit("/console/clients/new", "/console/clients", Map.of("name", "Cliente Real"));
        assertThat(withToken.status()).isEqualTo(302);
        assertThat(api.as(admin).get("/api/v1/clients").body().get("data")).hasSize(1);
    }

    @Test
    void theSessionIdChangesAtSignInSoAFixedSessionGainsNothing() {
        String admin = openTenant("Bazar Cinco", "PE");
        Staffing.user(api, base(), admin, "cinco@bazar.pe", "VIEWER");
        ConsoleClient attacker = new ConsoleClient(base());
        attacker.get("/console/login");
        String planted = attacker.session().orElseThrow();

        ConsoleClient victim = new ConsoleClient(base());
        victim.useSession(planted);
        var signIn = victim.signIn("cinco@bazar.pe", Staffing.PASSWORD);
        assertThat(signIn.location()).isEqualTo(base() + "/console");
        assertThat(signIn.header("Set-Cookie")).startsWith("CLIENTELA_SESSION=").doesNotContain(planted);
        assertThat(attacker.get("/console").location()).endsWith("/console/login");
    }

    @Test
    void signInGoesOnlyToAPageOfThisConsoleWhateverTheParametersSay() {
        String admin = openTenant("Bazar Seis", "PE");
        Staffing.user(api, base(), admin, "seis@bazar.pe", "OPERATOR");
        ConsoleClient browser = new ConsoleClient(base());
        var direct = browser.submit(
                "/console/login?redirect=https://evil.example",
                "/console/login?continue=https://evil.example",
                Map.of(
                        "email", "seis@bazar.pe",
                        "password", Staffing.PASSWORD,
                        "redirect", "https://evil.example",
                        "targetUrl", "//evil.example",
                        "spring-security-redirect", "https://evil.example"));
        assertThat(direct.location()).isEqualTo(base() + "/console");
        var language = browser.submit("/console", "/console/language", Map.of("lang", "en", "back", "//evil.example"));
        assertThat(language.location()).isEqualTo(base() + "/console");
        var other = browser.submit(
                "/console", "/console/language", Map.of("lang", "es", "back", "https://evil.example/console"));
        assertThat(other.location()).isEqualTo(base() + "/console");

        ConsoleClient returning = new ConsoleClient(base());
        String id = client(admin, "Cliente Seis");
        assertThat(returning.get("/console/clients/" + id).location()).isEqualTo(base() + "/console/login");
        var back = returning.signIn("seis@bazar.pe", Staffing.PASSWORD);
        assertThat(back.location()).startsWith(base() + "/console/clients/" + id);
    }

    @Test
    void aUserSeesNothingOfAnotherTenant() {
        String admin = openTenant("Bazar Siete", "PE");
        String otherAdmin = openTenant("Bazar Ajeno", "PE");
        String foreign = client(otherAdmin, "Cliente Ajeno");
        ConsoleClient browser = signedIn(admin, "siete@bazar.pe", "ADMIN");

        assertThat(browser.get("/console/clients/" + foreign).status()).isEqualTo(404);
        assertThat(browser.get("/console/clients/" + foreign + "/edit").status())
                .isEqualTo(404);
        var archive = browser.submit("/console", "/console/clients/" + foreign + "/archive", Map.of("version", "1"));
        assertThat(archive.status()).isEqualTo(404);
        var delete = browser.submit("/console", "/console/clients/" + foreign + "/delete", Map.of("version", "1"));
        assertThat(delete.status()).isEqualTo(404);
        assertThat(browser.get("/console/search?q=Ajeno").body()).doesNotContain("Cliente Ajeno");
        var stillThere = api.as(otherAdmin).get("/api/v1/clients/" + foreign);
        assertThat(stillThere.body().get("status").stringValue()).isEqualTo("ACTIVE");
        assertThat(browser.get("/console/clients/not-an-id").status()).isEqualTo(404);
    }

    @Test
    void aViewerSeesNoWriteButtonsAndIsRefusedAForgedWrite() {
        String admin = openTenant("Bazar Ocho", "PE");
        String id = client(admin, "Cliente Ocho");
        ConsoleClient viewer = signedIn(admin, "ocho@bazar.pe", "VIEWER");
        String page = viewer.get("/console/clients/" + id).body();
        assertThat(page).contains("Cliente Ocho").doesNotContain("id=\"edit\"", "id=\"archive\"", "id=\"delete\"");
        assertThat(viewer.get("/console").body()).doesNotContain("Nuevo cliente", "Usuarios y claves");

        var archive =
                viewer.submit("/console/clients/" + id, "/console/clients/" + id + "/archive", Map.of("version", "1"));
        assertThat(archive.status()).isEqualTo(403);
        var register = viewer.submit("/console", "/console/clients", Map.of("name", "Intruso"));
        assertThat(register.status()).isEqualTo(403);
        assertThat(viewer.get("/console/users").status()).isEqualTo(403);
        assertThat(viewer.get("/console/clients/new").status()).isEqualTo(403);
        assertThat(api.as(admin)
                        .get("/api/v1/clients/" + id)
                        .body()
                        .get("status")
                        .stringValue())
                .isEqualTo("ACTIVE");
        assertThat(api.as(admin).get("/api/v1/clients").body().get("data")).hasSize(1);
    }

    @Test
    void anEmailOfTwoTenantsIsAskedWhichAndSignsInToTheOneChosen() {
        String first = openTenant("Kiosco Norte", "PE");
        String second = openTenant("Kiosco Sur", "PE");
        Staffing.user(api, base(), first, "doble@kiosco.pe", "VIEWER");
        Staffing.user(api, base(), second, "doble@kiosco.pe", "VIEWER");
        ConsoleClient browser = new ConsoleClient(base());
        var ask = browser.signIn("doble@kiosco.pe", Staffing.PASSWORD);
        assertThat(ask.location()).endsWith("/console/login?choose");
        String chooser = browser.get("/console/login?choose").body();
        assertThat(chooser).contains("Kiosco Norte", "Kiosco Sur");
        java.util.regex.Matcher radios = java.util.regex.Pattern.compile(
                        "name=\"tenant\" id=\"tenant-1\" value=\"([^\"]+)\"")
                .matcher(chooser);
        assertThat(radios.find()).as(chooser).isTrue();
        String southId = radios.group(1);
        var chosen = browser.submit(
                "/console/login?choose",
                "/console/login",
                Map.of("email", "doble@kiosco.pe", "password", Staffing.PASSWORD, "tenant", southId));
        assertThat(chosen.location()).isEqualTo(base() + "/console");
        assertThat(browser.get("/console").body()).contains("Kiosco Sur").doesNotContain("Kiosco Norte");
    }

    @Test
    void aSessionSignedInOnOneInstanceIsServedByAnotherAndSignedOutEverywhere() {
        String admin = openTenant("Bazar Diez", "PE");
        ConsoleClient here = signedIn(admin, "diez@bazar.pe", "OPERATOR");
        try (SecondInstance other = SecondInstance.start(clock, "--clientela.webhooks.dispatch.enabled=false")) {
            ConsoleClient there = new ConsoleClient(other.baseUrl());
            there.useSession(here.session().orElseThrow());
            var till = there.get("/console");
            assertThat(till.status()).isEqualTo(200);
            assertThat(till.body()).contains("diez · Bazar Diez");
            var signOut = there.submit("/console", "/console/logout", Map.of());
            assertThat(signOut.location()).endsWith("/console/login?signed-out");
        }
        assertThat(here.get("/console").location()).isEqualTo(base() + "/console/login");
    }

    @Test
    void aSessionIdleFor12HoursIsOver() {
        String admin = openTenant("Bazar Nueve", "PE");
        ConsoleClient browser = signedIn(admin, "nueve@bazar.pe", "VIEWER");
        String session = new String(
                java.util.Base64.getDecoder().decode(browser.session().orElseThrow()),
                java.nio.charset.StandardCharsets.UTF_8);
        int idle = jdbc.sql("select max_inactive_interval from spring_session where session_id = ?")
                .param(session)
                .query(Integer.class)
                .single();
        assertThat(idle).isEqualTo(12 * 60 * 60);
        assertThat(browser.get("/console").status()).isEqualTo(200);
        jdbc.sql("update spring_session set last_access_time = last_access_time - ?, expiry_time = expiry_time - ?"
                        + " where session_id = ?")
                .params(12L * 3600 * 1000 + 1000, 12L * 3600 * 1000 + 1000, session)
                .update();
        assertThat(browser.get("/console").location()).isEqualTo(base() + "/console/login");
    }
}
