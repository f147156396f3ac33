package dev.clientela.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.ApiTest;
import dev.clientela.support.SecondInstance;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Instances remember the keys they have verified; a key revoked through one instance is refused by
 * the others within the revocation check's delay (1 s), plus the time one check takes.
 */
class KeyRevocationAcrossInstancesTest extends ApiTest {

    private static final Duration STATED_DELAY = Duration.ofSeconds(1);
    /** Time for one check's statement and a request on a machine busy with other builds. */
    private static final Duration CHECK_TIME = Duration.ofSeconds(2);

    @Test
    void aKeyRevokedOnOneInstanceIsRefusedByTheOtherWithinTheStatedDelay() {
        String admin = openTenant("Revocación Compartida", "PE");
        JsonNode issued = api.as(admin)
                .post("/api/v1/api-keys", "{\"name\":\"caja 2\",\"role\":\"VIEWER\"}")
                .body();
        String key = issued.get("key").stringValue();
        try (SecondInstance second = SecondInstance.start(clock)) {
            Api elsewhere = second.api().as(key);
            assertThat(elsewhere.get("/api/v1/tenant").status()).isEqualTo(200);
            assertThat(elsewhere.get("/api/v1/tenant").status()).isEqualTo(200);

            assertThat(api.as(admin)
                            .delete("/api/v1/api-keys/" + issued.get("id").stringValue())
                            .status())
                    .isEqualTo(204);
            long revokedAt = System.nanoTime();
            assertThat(api.as(key).get("/api/v1/tenant").status()).isEqualTo(401);

            long deadline = revokedAt + STATED_DELAY.plus(CHECK_TIME).toNanos();
            int status;
            do {
                status = elsewhere.get("/api/v1/tenant").status();
            } while (status == 200 && System.nanoTime() < deadline);
            assertThat(status)
                    .as("refused by the other instance within %s of the revocation", STATED_DELAY.plus(CHECK_TIME))
                    .isEqualTo(401);
            assertThat(elsewhere.get("/api/v1/tenant").code()).isEqualTo("UNAUTHORIZED");
        }
    }

    @Test
    void aRememberedKeysUseIsRecordedWithinTheDelay() {
        String admin = openTenant("Uso Registrado", "PE");
        JsonNode issued = api.as(admin)
                .post("/api/v1/api-keys", "{\"name\":\"caja 3\",\"role\":\"VIEWER\"}")
                .body();
        Api till = api.as(issued.get("key").stringValue());
        assertThat(till.get("/api/v1/tenant").status()).isEqualTo(200);
        Instant firstUse = lastUsed(admin, issued.get("id").stringValue());
        assertThat(firstUse).isNotNull();

        long deadline = System.nanoTime() + STATED_DELAY.plus(CHECK_TIME).toNanos();
        Instant lastUse;
        do {
            assertThat(till.get("/api/v1/tenant").status()).isEqualTo(200);
            lastUse = lastUsed(admin, issued.get("id").stringValue());
        } while (lastUse.equals(firstUse) && System.nanoTime() < deadline);
        assertThat(lastUse).isAfter(firstUse);
    }

    private Instant lastUsed(String admin, String keyId) {
        for (JsonNode key : api.as(admin).get("/api/v1/api-keys").body().path("data")) {
            if (key.get("id").stringValue().equals(keyId)) {
                return key.path("last_used_at").isString()
                        ? Instant.parse(key.get("last_used_at").stringValue())
                        : null;
            }
        }
        throw new AssertionError("key " + keyId + " not listed");
    }
}
