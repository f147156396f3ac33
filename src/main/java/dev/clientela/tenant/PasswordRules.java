package dev.clientela.tenant;

import dev.clientela.web.ApiProblem;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a password must be: at least 10 characters, not the user's email, and at most 72 bytes,
 * which is all bcrypt reads of it.
 */
final class PasswordRules {

    static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;

    private PasswordRules() {}

    static void check(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw ApiProblem.invalid("password", "too_short", "must be at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw ApiProblem.invalid("password", "too_long", "must be at most " + MAX_BYTES + " bytes");
        }
        if (password.strip().toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT))) {
            throw ApiProblem.invalid("password", "same_as_email", "must not be the email");
        }
    }
}
