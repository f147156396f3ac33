package dev.clientela.tenant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * The idempotency keys of a tenant's POST requests. Each statement runs on its own, outside the
 * request's transaction, so that a claim is visible to a concurrent retry at once.
 */
@Repository
class IdempotencyKeys {

    static final Duration KEPT_FOR = Duration.ofHours(24);
    /** A claim this old whose request never finished (its process died) may be taken over. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Claims the key for a request, in one statement: a new key, or one past its 24 hours, or one whose
     * request was abandoned while running; false when it was claimed before (see {@link #find}).
     */
    boolean claim(UUID tenantId, String key, byte[] requestHash) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        insert into idempotency_keys as k (tenant_id, key, request_hash, state, created_at)
                        values (?, ?, ?, 'RUNNING', ?)
                        on conflict (tenant_id, key) do update set request_hash = excluded.request_hash,
                            state = 'RUNNING', created_at = excluded.created_at, status = null, content_type = null,
                            location = null, etag = null, body = null
                        where k.created_at < ? or (k.state = 'RUNNING' and k.created_at < ?)""")
                        .params(
                                tenantId,
                                key,
                                requestHash,
                                utc(now),
                                utc(now.minus(KEPT_FOR)),
                                utc(now.minus(ABANDONED_AFTER)))
                        .update()
                == 1;
    }

    Optional<Stored> find(UUID tenantId, String key) {
        return jdbc.sql("""
                        select request_hash, state, status, content_type, location, etag, body
                        from idempotency_keys where tenant_id = ? and key = ?""")
                .params(tenantId, key)
                .query((rs, n) -> new Stored(
                        rs.getBytes("request_hash"),
                        rs.getString("state").equals("DONE"),
                        rs.getInt("status"),
                        rs.getString("content_type"),
                        rs.getString("location"),
                        rs.getString("etag"),
                        rs.getBytes("body")))
                .optional();
    }

    void complete(
            UUID tenantId, String key, int status, String contentType, String location, String etag, byte[] body) {
        jdbc.sql("""
                        update idempotency_keys set state = 'DONE', status = ?, content_type = ?, location = ?,
                            etag = ?, body = ? where tenant_id = ? and key = ?""")
                .params(status, contentType, location, etag, body, tenantId, key)
                .update();
    }

    /** Gives the key up after a failure the caller may retry (a 5xx): the retry runs afresh. */
    void release(UUID tenantId, String key) {
        jdbc.sql("delete from idempotency_keys where tenant_id = ? and key = ? and state = 'RUNNING'")
                .params(tenantId, key)
                .update();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void purgeExpired() {
        jdbc.sql("select clientela_purge_idempotency_keys(?)")
                .param(utc(clock.instant().minus(KEPT_FOR)))
                .query()
                .singleValue();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    record Stored(
            byte[] requestHash,
            boolean done,
            int status,
            String contentType,
            String location,
            String etag,
            byte[] body) {}
}
