package dev.clientela.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.ApiTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one-time set-password link: 24 hours, single use, and a password that is no weaker than the rules. */
class SetPasswordTest extends ApiTest {

    private ConsoleClient browser() {
        return new ConsoleClient("http://localhost:" + port);
    }

    @Test
    void aLinkSetsAPasswordOnceAndThenNoLonger() {
        String admin = openTenant("Panadería Rosa", "PE");
        String token = Staffing.invite(api, admin, "rosa@pan.pe", "OPERATOR");
        ConsoleClient browser = browser();
        String form = "/console/set-password?token=" + token;
        assertThat(browser.get(form).status()).isEqualTo(200);

        var set = browser.submit(
                form,
                "/console/set-password",
                Map.of("token", token, "password", Staffing.PASSWORD, "confirmation", Staffing.PASSWORD));
        assertThat(set.status()).isEqualTo(302);
        assertThat(set.location()).endsWith("/console/login?password-set");
        var signedIn = browser.signIn("rosa@pan.pe", Staffing.PASSWORD);
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(302);
        assertThat(signedIn.location()).endsWith("/console");

        ConsoleClient other = browser();
        assertThat(other.get(form).status()).isEqualTo(404);
        var again = other.submit(
                "/console/login",
                "/console/set-password",
                Map.of("token", token, "password", "otra-clave-123", "confirmation", "otra-clave-123"));
        assertThat(again.status()).isEqualTo(404);
        assertThat(other.signIn("rosa@pan.pe", "otra-clave-123").location()).endsWith("/console/login?error");
    }

    @Test
    void aNewLinkForTheSameUserEndsTheEarlierOne() {
        String admin = openTenant("Panadería Nube", "PE");
        String first = Staffing.invite(api, admin, "nube@pan.pe", "VIEWER");
        String userId = api.as(admin)
                .get("/api/v1/users")
                .body()
                .get("data")
                .get(0)
                .get("id")
                .stringValue();
        var again = api.as(admin).send("POST", "/api/v1/users/" + userId + "/password-link", null);
        assertThat(again.status()).as(again.text()).isEqualTo(200);
        String second = java.net
                .URI
                .create(again.body().get("set_password_url").stringValue())
                .getQuery()
                .substring("token=".length());
        assertThat(browser().get("/console/set-password?token=" + first).status())
                .isEqualTo(404);
        assertThat(browser().get("/console/set-password?token=" + second).status())
                .isEqualTo(200);
    }

    @Test
    void aLinkExpiresAfter24Hours() {
        String admin = openTenant("Panadería Lila", "PE");
        clock.freeze();
        String token = Staffing.invite(api, admin, "lila@pan.pe", "VIEWER");
        clock.advance(Duration.ofHours(24).plusSeconds(1));
        var page = browser().get("/console/set-password?token=" + token);
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("Este enlace ya no sirve");
    }

    @Test
    void refusesAShortPasswordThePasswordThatIsTheEmailAndTwoThatDiffer() {
        String admin = openTenant("Panadería Flor", "PE");
        String token = Staffing.invite(api, admin, "flor@pan.pe", "VIEWER");
        ConsoleClient browser = browser();
        String form = "/console/set-password?token=" + token;
        var tooShort = browser.submit(
                form, "/console/set-password", Map.of("token", token, "password", "corta", "confirmation", "corta"));
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.body()).contains("al menos 10 caracteres");
        var email = browser.submit(
                form,
                "/console/set-password",
                Map.of("token", token, "password", "flor@pan.pe", "confirmation", "flor@pan.pe"));
        assertThat(email.status()).isEqualTo(422);
        assertThat(email.body()).contains("no puede ser su correo");
        var differ = browser.submit(
                form,
                "/console/set-password",
                Map.of("token", token, "password", Staffing.PASSWORD, "confirmation", Staffing.PASSWORD + "x"));
        assertThat(differ.status()).isEqualTo(422);
        assertThat(differ.body()).contains("no coinciden");
        // none of these spent the link
        assertThat(browser.get(form).status()).isEqualTo(200);
    }
}
