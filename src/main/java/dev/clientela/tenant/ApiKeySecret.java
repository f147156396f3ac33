package dev.clientela.tenant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An API key as the caller holds it: {@code clt_<prefix>_<secret>}. Only its SHA-256 is stored; the
 * prefix finds the stored key without revealing anything about the secret.
 */
public record ApiKeySecret(String value) {

    private static final Pattern SHAPE = Pattern.compile("clt_([A-Za-z0-9]{8})_[A-Za-z0-9]{32,}");
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final MessageDigest SHA_256 = sha256Digest();

    static ApiKeySecret generate() {
        return new ApiKeySecret("clt_" + random(8) + "_" + random(40));
    }

    /**
     * The lookup prefix. A key of another shape (a bootstrap key chosen by the operator) is looked
     * up by the start of its hash instead.
     */
    String prefix() {
        return prefix(sha256());
    }

    /** The lookup prefix, given this key's {@link #sha256()}, so that it is computed once. */
    String prefix(byte[] sha256) {
        Matcher matcher = SHAPE.matcher(value);
        if (matcher.matches()) {
            return matcher.group(1);
        }
        return "h" + HexFormat.of().formatHex(sha256, 0, 8).substring(0, 15);
    }

    byte[] sha256() {
        try {
            // a copy of one digest: looking the algorithm up among the providers on every request
            // cost as much as the hash itself
            return ((MessageDigest) SHA_256.clone()).digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares in constant time, so response timing tells nothing about how much of a guess was right. */
    boolean matches(byte[] storedSha256) {
        return MessageDigest.isEqual(sha256(), storedSha256);
    }

    private static String random(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return "ApiKeySecret[redacted]";
    }
}
