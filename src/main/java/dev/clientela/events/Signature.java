package dev.clientela.events;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Standard Webhooks' {@code webhook-signature}: {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">}, one per secret. */
final class Signature {

    private Signature() {}

    static String header(List<String> secrets, String messageId, long timestamp, String body) {
        return secrets.stream().map(s -> v1(s, messageId, timestamp, body)).collect(Collectors.joining(" "));
    }

    private static String v1(String secret, String messageId, long timestamp, String body) {
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((messageId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
