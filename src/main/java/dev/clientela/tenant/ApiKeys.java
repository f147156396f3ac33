package dev.clientela.tenant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The API keys table. */
@Repository
class ApiKeys {

    private static final String COLUMNS =
            "id, tenant_id, name, role, platform, prefix, created_at, last_used_at, revoked_at, rate_limit";

    private final JdbcClient jdbc;

    ApiKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ApiKey insert(
            UUID tenantId, UUID id, String name, Role role, boolean platform, ApiKeySecret secret, Integer rateLimit) {
        return jdbc.sql("insert into api_keys (tenant_id, id, name, role, platform, prefix, secret_sha256, rate_limit)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?) returning " + COLUMNS)
                .params(tenantId, id, name, role.name(), platform, secret.prefix(), secret.sha256(), rateLimit)
                .query(ApiKeys::map)
                .single();
    }

    /** The live key with this prefix and its stored hash, marking it used in the same statement. */
    Optional<StoredKey> touchByPrefix(String prefix) {
        return jdbc.sql("select " + COLUMNS + ", secret_sha256 from clientela_authenticate(?)")
                .param(prefix)
                .query((rs, n) -> new StoredKey(map(rs, n), rs.getBytes("secret_sha256")))
                .optional();
    }

    /** Which of the {@code known} prefixes are live keys, marking the {@code used} ones used now. */
    Set<String> live(List<String> known, List<String> used) {
        return Set.copyOf(jdbc.sql("select clientela_live_keys(?, ?)")
                .params(known.toArray(String[]::new), used.toArray(String[]::new))
                .query(String.class)
                .list());
    }

    List<ApiKey> list(UUID tenantId) {
        return jdbc.sql("select " + COLUMNS + " from api_keys where tenant_id = ? order by created_at, id")
                .param(tenantId)
                .query(ApiKeys::map)
                .list();
    }

    boolean revoke(UUID tenantId, UUID id) {
        return jdbc.sql("update api_keys set revoked_at = now() where tenant_id = ? and id = ? and revoked_at is null")
                        .params(tenantId, id)
                        .update()
                == 1;
    }

    boolean exists(UUID tenantId, UUID id) {
        return jdbc.sql("select 1 from api_keys where tenant_id = ? and id = ?")
                .params(tenantId, id)
                .query()
                .optionalValue()
                .isPresent();
    }

    private static ApiKey map(ResultSet rs, int row) throws SQLException {
        return new ApiKey(
                rs.getObject("id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getString("name"),
                Role.valueOf(rs.getString("role")),
                rs.getBoolean("platform"),
                rs.getString("prefix"),
                instant(rs, "created_at"),
                instant(rs, "last_used_at"),
                instant(rs, "revoked_at"),
                (Integer) rs.getObject("rate_limit"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    record StoredKey(ApiKey key, byte[] sha256) {}
}
