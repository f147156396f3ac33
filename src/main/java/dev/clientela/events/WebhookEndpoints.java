package dev.clientela.events;

import static dev.clientela.events.Outbox.utc;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The webhook endpoints of a tenant, and their sealed secrets. */
@Repository
class WebhookEndpoints {

    private static final String COLUMNS =
            "id, url, events, description, enabled, disabled_reason, created_at, updated_at";

    private final JdbcClient jdbc;

    WebhookEndpoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    WebhookEndpoint insert(UUID tenantId, UUID id, EndpointFields f, byte[] secret, Instant now) {
        return jdbc.sql("""
                        insert into webhook_endpoints (tenant_id, id, url, events, description, enabled, secret,
                                                       created_at, updated_at)
                        values (?, ?, ?, string_to_array(?, ','), ?, ?, ?, ?, ?)
                        returning\s""" + COLUMNS)
                .params(
                        tenantId,
                        id,
                        f.url().toString(),
                        String.join(",", f.events()),
                        f.description(),
                        f.enabled() == null || f.enabled(),
                        secret,
                        utc(now),
                        utc(now))
                .query(WebhookEndpoints::endpoint)
                .single();
    }

    Optional<WebhookEndpoint> find(UUID tenantId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from webhook_endpoints where tenant_id = ? and id = ?")
                .params(tenantId, id)
                .query(WebhookEndpoints::endpoint)
                .optional();
    }

    List<WebhookEndpoint> list(UUID tenantId) {
        return jdbc.sql("select " + COLUMNS + " from webhook_endpoints where tenant_id = ? order by created_at, id")
                .param(tenantId)
                .query(WebhookEndpoints::endpoint)
                .list();
    }

    /** Re-enabling clears the failure streak, so an endpoint is given its five days afresh. */
    Optional<WebhookEndpoint> update(UUID tenantId, UUID id, EndpointFields f, Instant now) {
        return jdbc.sql("""
                        update webhook_endpoints set
                            url = coalesce(:url, url),
                            events = coalesce(string_to_array(:events, ','), events),
                            description = case when :clear then null else coalesce(:description, description) end,
                            enabled = coalesce(:enabled, enabled),
                            disabled_reason = case when coalesce(:enabled, enabled) then null else disabled_reason end,
                            failing_since = case when :enabled and not enabled then null else failing_since end,
                            updated_at = :now
                        where tenant_id = :tenant and id = :id
                        returning\s""" + COLUMNS)
                .param("url", f.url() == null ? null : f.url().toString())
                .param("events", f.events() == null ? null : String.join(",", f.events()))
                .param("clear", f.clearDescription())
                .param("description", f.description())
                .param("enabled", f.enabled(), java.sql.Types.BOOLEAN)
                .param("now", utc(now))
                .param("tenant", tenantId)
                .param("id", id)
                .query(WebhookEndpoints::endpoint)
                .optional();
    }

    boolean delete(UUID tenantId, UUID id) {
        return jdbc.sql("delete from webhook_endpoints where tenant_id = ? and id = ?")
                        .params(tenantId, id)
                        .update()
                == 1;
    }

    /** The old secret keeps signing until {@code overlapUntil}. */
    boolean rotate(UUID tenantId, UUID id, byte[] secret, Instant overlapUntil, Instant now) {
        return jdbc.sql("""
                        update webhook_endpoints set previous_secret = secret, previous_secret_expires_at = ?,
                            secret = ?, updated_at = ?
                        where tenant_id = ? and id = ?""")
                        .params(utc(overlapUntil), secret, utc(now), tenantId, id)
                        .update()
                == 1;
    }

    /** What the dispatcher needs to send to an endpoint. */
    Optional<Target> target(UUID tenantId, UUID id) {
        return jdbc.sql("""
                        select url, enabled, secret, previous_secret, previous_secret_expires_at
                        from webhook_endpoints where tenant_id = ? and id = ?""")
                .params(tenantId, id)
                .query((rs, n) -> new Target(
                        URI.create(rs.getString("url")),
                        rs.getBoolean("enabled"),
                        rs.getBytes("secret"),
                        rs.getBytes("previous_secret"),
                        instant(rs, "previous_secret_expires_at")))
                .optional();
    }

    void succeeded(UUID tenantId, UUID id) {
        jdbc.sql(
                        "update webhook_endpoints set failing_since = null where tenant_id = ? and id = ? and failing_since is not null")
                .params(tenantId, id)
                .update();
    }

    /** Starts the failure streak unless one runs; answers when it started. */
    Instant failed(UUID tenantId, UUID id, Instant now) {
        return jdbc.sql("""
                        update webhook_endpoints set failing_since = coalesce(failing_since, ?)
                        where tenant_id = ? and id = ? returning failing_since""")
                .params(utc(now), tenantId, id)
                .query((rs, n) -> instant(rs, "failing_since"))
                .optional()
                .orElse(now);
    }

    /** Disables an enabled endpoint; empty when it was already disabled (or is gone). */
    Optional<WebhookEndpoint> disable(UUID tenantId, UUID id, String reason, Instant now) {
        return jdbc.sql("""
                        update webhook_endpoints set enabled = false, disabled_reason = ?, updated_at = ?
                        where tenant_id = ? and id = ? and enabled
                        returning\s""" + COLUMNS)
                .params(reason, utc(now), tenantId, id)
                .query(WebhookEndpoints::endpoint)
                .optional();
    }

    private static WebhookEndpoint endpoint(ResultSet rs, int n) throws SQLException {
        return new WebhookEndpoint(
                rs.getObject("id", UUID.class),
                rs.getString("url"),
                new ArrayList<>(Arrays.asList((String[]) rs.getArray("events").getArray())),
                rs.getString("description"),
                rs.getBoolean("enabled"),
                rs.getString("disabled_reason"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    record Target(URI url, boolean enabled, byte[] secret, byte[] previousSecret, Instant previousSecretExpiresAt) {}
}
