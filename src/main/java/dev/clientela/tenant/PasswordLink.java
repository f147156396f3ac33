package dev.clientela.tenant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The token of a one-time set-password link, as its holder has it. Only its SHA-256 is stored, so
 * the table alone opens no account.
 */
record PasswordLink(String token) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static PasswordLink generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new PasswordLink(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    byte[] sha256() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "PasswordLink[redacted]";
    }
}
