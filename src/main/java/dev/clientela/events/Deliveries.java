package dev.clientela.events;

import static dev.clientela.events.Outbox.utc;
import static dev.clientela.events.WebhookEndpoints.instant;

import com.github.f4b6a3.uuid.UuidCreator;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The deliveries of events to endpoints, their leases, and the log of every attempt. */
@Repository
class Deliveries {

    private final JdbcClient jdbc;

    Deliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Leases up to {@code max} due deliveries of any tenant to this instance until {@code leaseUntil}. */
    List<Claim> claim(Instant now, Instant leaseUntil, int max) {
        return jdbc.sql("select * from clientela_claim_deliveries(?, ?, ?)")
                .params(utc(now), utc(leaseUntil), max)
                .query((rs, n) -> new Claim(
                        rs.getObject("tenant_id", UUID.class),
                        rs.getObject("endpoint_id", UUID.class),
                        rs.getObject("event_id", UUID.class),
                        rs.getObject("lease_token", UUID.class),
                        rs.getInt("round")))
                .list();
    }

    int attempts(Claim c) {
        return jdbc.sql(
                        "select attempts from webhook_deliveries where tenant_id = ? and endpoint_id = ? and event_id = ?")
                .params(c.tenantId(), c.endpointId(), c.eventId())
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    /**
     * Ends the lease with the attempt's outcome: {@code state} and {@code nextAttemptAt}. When a
     * redelivery was asked for during the attempt (another round), the delivery stays due as asked.
     */
    void finish(Claim c, String state, int attempts, Instant nextAttemptAt) {
        int changed = jdbc.sql("""
                        update webhook_deliveries set state = ?, attempts = ?, next_attempt_at = ?,
                            leased_until = null, lease_token = null
                        where tenant_id = ? and endpoint_id = ? and event_id = ? and lease_token = ? and round = ?""")
                .params(
                        state,
                        attempts,
                        utc(nextAttemptAt),
                        c.tenantId(),
                        c.endpointId(),
                        c.eventId(),
                        c.leaseToken(),
                        c.round())
                .update();
        if (changed == 0) {
            release(c);
        }
    }

    void release(Claim c) {
        jdbc.sql("""
                        update webhook_deliveries set leased_until = null, lease_token = null
                        where tenant_id = ? and endpoint_id = ? and event_id = ? and lease_token = ?""")
                .params(c.tenantId(), c.endpointId(), c.eventId(), c.leaseToken())
                .update();
    }

    void log(Claim c, Instant at, Integer status, String error, long durationMillis, String body, Instant next) {
        jdbc.sql("""
                        insert into webhook_attempts (tenant_id, id, endpoint_id, event_id, attempted_at, status_code,
                                                      error, duration_ms, response_body, next_attempt_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        c.tenantId(),
                        UuidCreator.getTimeOrderedEpoch(),
                        c.endpointId(),
                        c.eventId(),
                        utc(at),
                        status,
                        error,
                        durationMillis,
                        body,
                        utc(next))
                .update();
    }

    /** Makes the event due again now for the endpoint, a new round with a fresh schedule. */
    void redeliver(UUID tenantId, UUID endpointId, UUID eventId, Instant now) {
        jdbc.sql("""
                        insert into webhook_deliveries (tenant_id, endpoint_id, event_id, state, next_attempt_at, created_at)
                        values (?, ?, ?, 'PENDING', ?, ?)
                        on conflict (tenant_id, endpoint_id, event_id) do update
                        set state = 'PENDING', attempts = 0, round = webhook_deliveries.round + 1,
                            next_attempt_at = excluded.next_attempt_at""").params(tenantId, endpointId, eventId, utc(now), utc(now)).update();
    }

    /** Sends again what the endpoint has not received of the events since {@code since}. */
    int replay(UUID tenantId, UUID endpointId, Instant since, Instant now) {
        return jdbc.sql("""
                        update webhook_deliveries d set state = 'PENDING', attempts = 0, round = d.round + 1,
                            next_attempt_at = ?
                        from events e
                        where d.tenant_id = ? and d.endpoint_id = ? and e.tenant_id = d.tenant_id and e.id = d.event_id
                          and e.created_at >= ?
                          and (d.state = 'FAILED' or (d.state = 'PENDING' and d.attempts > 0))""").params(utc(now), tenantId, endpointId, utc(since)).update();
    }

    /** Every attempt to the endpoint, newest first, from below {@code before} (an attempt id) when given. */
    List<Attempt> log(UUID tenantId, UUID endpointId, UUID before, int rows) {
        return jdbc.sql("""
                        select id, event_id, attempted_at, status_code, error, duration_ms, response_body, next_attempt_at
                        from webhook_attempts
                        where tenant_id = ? and endpoint_id = ? and (cast(? as uuid) is null or id < ?)
                        order by id desc limit ?""")
                .params(tenantId, endpointId, before, before, rows)
                .query((rs, n) -> new Attempt(
                        rs.getObject("id", UUID.class),
                        Event.PREFIX + rs.getObject("event_id", UUID.class),
                        instant(rs, "attempted_at"),
                        (Integer) rs.getObject("status_code"),
                        rs.getString("error"),
                        rs.getLong("duration_ms"),
                        rs.getString("response_body"),
                        instant(rs, "next_attempt_at")))
                .list();
    }

    record Claim(UUID tenantId, UUID endpointId, UUID eventId, UUID leaseToken, int round) {}

    /** One attempt as the delivery log shows it. */
    record Attempt(
            UUID id,
            String eventId,
            Instant attemptedAt,
            Integer statusCode,
            String error,
            long durationMs,
            String responseBody,
            Instant nextAttemptAt) {}
}
