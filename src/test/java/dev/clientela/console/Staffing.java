package dev.clientela.console;

import dev.clientela.support.Api;
import java.net.URI;
import java.util.Map;

/** Staff users for the tests: invited through the API with an ADMIN key, password set through their link. */
final class Staffing {

    static final String PASSWORD = "tienda-segura-2026";

    private Staffing() {}

    /** Invites a user and returns the token of their set-password link. */
    static String invite(Api api, String adminKey, String email, String role) {
        var response = api.as(adminKey)
                .post(
                        "/api/v1/users",
                        "{\"email\":\"%s\",\"name\":\"%s\",\"role\":\"%s\"}"
                                .formatted(email, email.substring(0, email.indexOf('@')), role));
        if (response.status() != 201) {
            throw new IllegalStateException("Could not invite a user: " + response);
        }
        String url = response.body().get("set_password_url").stringValue();
        return URI.create(url).getQuery().substring("token=".length());
    }

    /** A user of the tenant of {@code adminKey} who can sign in with {@link #PASSWORD}. */
    static void user(Api api, String base, String adminKey, String email, String role) {
        String token = invite(api, adminKey, email, role);
        ConsoleClient browser = new ConsoleClient(base);
        var set = browser.submit(
                "/console/set-password?token=" + token,
                "/console/set-password",
                Map.of("token", token, "password", PASSWORD, "confirmation", PASSWORD));
        if (set.status() != 302) {
            throw new IllegalStateException("Could not set a password: " + set.status() + " " + set.body());
        }
    }
}
