package dev.clientela.tenant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The staff users and their set-password links. */
@Repository
class StaffUsers {

    private static final String COLUMNS =
            "id, tenant_id, email, name, role, locale, password_hash is not null as has_password,"
                    + " version, created_at, updated_at";

    private final JdbcClient jdbc;

    StaffUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    StaffUser insert(UUID tenantId, UUID id, String email, String name, Role role, StaffLocale locale) {
        return jdbc.sql("insert into staff_users (tenant_id, id, email, name, role, locale) values (?, ?, ?, ?, ?, ?)"
                        + " returning " + COLUMNS)
                .params(tenantId, id, email, name, role.name(), locale.tag())
                .query(StaffUsers::map)
                .single();
    }

    List<StaffUser> list(UUID tenantId) {
        return jdbc.sql("select " + COLUMNS + " from staff_users where tenant_id = ? order by lower(email), id")
                .param(tenantId)
                .query(StaffUsers::map)
                .list();
    }

    Optional<StaffUser> find(UUID tenantId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from staff_users where tenant_id = ? and id = ?")
                .params(tenantId, id)
                .query(StaffUsers::map)
                .optional();
    }

    StaffUser update(UUID tenantId, StaffUser user) {
        return jdbc.sql("update staff_users set email = ?, name = ?, role = ?, locale = ?, version = version + 1,"
                        + " updated_at = now() where tenant_id = ? and id = ? returning " + COLUMNS)
                .params(
                        user.email(),
                        user.name(),
                        user.role().name(),
                        user.locale().tag(),
                        tenantId,
                        user.id())
                .query(StaffUsers::map)
                .single();
    }

    boolean delete(UUID tenantId, UUID id) {
        return jdbc.sql("delete from staff_users where tenant_id = ? and id = ?")
                        .params(tenantId, id)
                        .update()
                == 1;
    }

    void setPassword(UUID tenantId, UUID id, String hash) {
        jdbc.sql("update staff_users set password_hash = ?, failed_attempts = 0, locked_until = null,"
                        + " updated_at = now() where tenant_id = ? and id = ?")
                .params(hash, tenantId, id)
                .update();
    }

    /** The users of any tenant holding this email, for sign-in (before a tenant is known). */
    List<SignInCandidate> candidates(String email) {
        return jdbc.sql(
                        "select tenant_id, tenant_name, id, password_hash, locked_until from clientela_staff_by_email(?)")
                .param(email)
                .query((rs, n) -> new SignInCandidate(
                        rs.getObject("tenant_id", UUID.class),
                        rs.getString("tenant_name"),
                        rs.getObject("id", UUID.class),
                        rs.getString("password_hash"),
                        instant(rs, "locked_until")))
                .list();
    }

    /** Counts a failed attempt; the fifth in a row locks the account until {@code lockUntil}. */
    void failedAttempt(UUID tenantId, UUID id, int limit, Instant lockUntil) {
        jdbc.sql("""
                        update staff_users set
                            failed_attempts = case when failed_attempts + 1 >= :limit then 0 else failed_attempts + 1 end,
                            locked_until = case when failed_attempts + 1 >= :limit then :until else locked_until end
                        where tenant_id = :tenant and id = :id""")
                .param("limit", limit)
                .param("until", OffsetDateTime.ofInstant(lockUntil, ZoneOffset.UTC))
                .param("tenant", tenantId)
                .param("id", id)
                .update();
    }

    void signedIn(UUID tenantId, UUID id) {
        jdbc.sql("update staff_users set failed_attempts = 0, locked_until = null where tenant_id = ? and id = ?"
                        + " and (failed_attempts <> 0 or locked_until is not null)")
                .params(tenantId, id)
                .update();
    }

    /** A new link for the user; the user's earlier unused links stop working (marked used). */
    void insertLink(UUID tenantId, UUID id, UUID userId, PasswordLink link, Instant expiresAt, Instant now) {
        jdbc.sql("update password_tokens set used_at = ? where tenant_id = ? and user_id = ? and used_at is null")
                .params(OffsetDateTime.ofInstant(now, ZoneOffset.UTC), tenantId, userId)
                .update();
        jdbc.sql(
                        "insert into password_tokens (tenant_id, id, user_id, token_sha256, expires_at) values (?, ?, ?, ?, ?)")
                .params(tenantId, id, userId, link.sha256(), OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC))
                .update();
    }

    Optional<StoredLink> link(PasswordLink link) {
        return jdbc.sql("select tenant_id, id, user_id, expires_at, used_at from clientela_password_token(?)")
                .param(link.sha256())
                .query((rs, n) -> new StoredLink(
                        rs.getObject("tenant_id", UUID.class),
                        rs.getObject("id", UUID.class),
                        rs.getObject("user_id", UUID.class),
                        instant(rs, "expires_at"),
                        instant(rs, "used_at")))
                .optional();
    }

    /** Marks the link used; false when another request used it first. */
    boolean useLink(UUID tenantId, UUID id, Instant at) {
        return jdbc.sql("update password_tokens set used_at = ? where tenant_id = ? and id = ? and used_at is null")
                        .params(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), tenantId, id)
                        .update()
                == 1;
    }

    private static StaffUser map(ResultSet rs, int row) throws SQLException {
        return new StaffUser(
                rs.getObject("id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getString("email"),
                rs.getString("name"),
                Role.valueOf(rs.getString("role")),
                StaffLocale.valueOf(rs.getString("locale").toUpperCase(Locale.ROOT)),
                rs.getBoolean("has_password"),
                rs.getLong("version"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    record SignInCandidate(UUID tenantId, String tenantName, UUID userId, String passwordHash, Instant lockedUntil) {}

    record StoredLink(UUID tenantId, UUID id, UUID userId, Instant expiresAt, Instant usedAt) {}
}
