package dev.clientela.events;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Endpoint secrets are needed in the clear to sign, so they are kept encrypted (AES-256-GCM) rather than
 * hashed. The key is {@code clientela.webhooks.secret-key} (base64 of 32 bytes) when configured, so a copy
 * of the database alone reveals no secret; otherwise one generated on first use and kept in the database,
 * shared by every instance.
 */
@Component
class SecretBox {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int IV_BYTES = 12;

    private final JdbcClient jdbc;
    private final String configured;
    private volatile SecretKeySpec key;

    SecretBox(JdbcClient jdbc, @Value("${clientela.webhooks.secret-key:}") String configured) {
        this.jdbc = jdbc;
        this.configured = configured;
    }

    /** A new signing secret as Standard Webhooks writes it: {@code whsec_} and base64 of 32 random bytes. */
    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getEncoder().encodeToString(bytes);
    }

    byte[] seal(String secret) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a webhook secret", e);
        }
    }

    String open(byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, sealed, 0, IV_BYTES));
            return new String(cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "Cannot decrypt a webhook secret: is clientela.webhooks.secret-key the one it was sealed with?", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(
                            configured.isBlank()
                                    ? stored()
                                    : Base64.getDecoder().decode(configured.strip()),
                            "AES");
                }
                k = key;
            }
        }
        return k;
    }

    private byte[] stored() {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        jdbc.sql("insert into webhook_keyring (id, key) values (1, ?) on conflict do nothing")
                .param(fresh)
                .update();
        return jdbc.sql("select key from webhook_keyring where id = 1")
                .query(byte[].class)
                .single();
    }
}
