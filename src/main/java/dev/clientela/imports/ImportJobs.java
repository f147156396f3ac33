package dev.clientela.imports;

import dev.clientela.client.BulkKey;
import dev.clientela.client.BulkMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The import_jobs table. A running job's writes go through its lease token: a job that lost its lease writes nothing. */
@Repository
class ImportJobs {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportJobs(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** False when the tenant already has a job with this idempotency key. */
    boolean insert(UUID tenantId, UUID id, UUID keyId, ImportOptions o, String idempotencyKey, Instant now) {
        return jdbc.sql("""
                        insert into import_jobs (tenant_id, id, key_id, state, mode, match_key, dry_run, options,
                            idempotency_key, file_sha256, file_bytes, created_at)
                        values (?, ?, ?, 'queued', ?, ?, ?, '{}'::jsonb, ?, '\\x'::bytea, 0, ?)
                        on conflict do nothing""")
                        .params(
                                tenantId,
                                id,
                                keyId,
                                lower(o.mode()),
                                lower(o.key()),
                                o.dryRun(),
                                idempotencyKey,
                                utc(now))
                        .update()
                == 1;
    }

    /** {@code userId}, the console user who sent the file (null for an API key), is kept with the options. */
    void describeFile(
            UUID tenantId,
            UUID id,
            ImportOptions o,
            ImportJob.FileLayout layout,
            byte[] sha,
            long bytes,
            int rows,
            UUID userId) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("date_format", o.dateFormat());
        options.put("decimal_separator", String.valueOf(o.decimalSeparator()));
        options.put("format", layout.format());
        options.put("delimiter", String.valueOf(layout.delimiter()));
        options.put("encoding", layout.encoding());
        options.put("header", layout.header());
        if (userId != null) {
            options.put("user_id", userId.toString());
        }
        jdbc.sql("update import_jobs set options = cast(? as jsonb), file_sha256 = ?, file_bytes = ?, rows_total = ?"
                        + " where tenant_id = ? and id = ?")
                .params(json.writeValueAsString(options), sha, bytes, rows, tenantId, id)
                .update();
    }

    Optional<ImportJob> find(UUID tenantId, UUID id) {
        return jdbc.sql("select * from import_jobs where tenant_id = ? and id = ?")
                .params(tenantId, id)
                .query(this::map)
                .optional();
    }

    Optional<UUID> byIdempotencyKey(UUID tenantId, String key) {
        return jdbc.sql("select id from import_jobs where tenant_id = ? and idempotency_key = ?")
                .params(tenantId, key)
                .query(UUID.class)
                .optional();
    }

    Optional<byte[]> requestHash(UUID tenantId, UUID id) {
        return jdbc.sql("select file_sha256 from import_jobs where tenant_id = ? and id = ?")
                .params(tenantId, id)
                .query(byte[].class)
                .optional();
    }

    List<ImportJob> list(UUID tenantId, int limit, int offset) {
        return jdbc.sql(
                        "select * from import_jobs where tenant_id = ? order by created_at desc, id desc limit ? offset ?")
                .params(tenantId, limit, offset)
                .query(this::map)
                .list();
    }

    /**
     * Whether a job of the tenant is being run at {@code now} (claimed, with its lease still running)
     * or one ended after {@code endedSince}.
     */
    boolean running(UUID tenantId, Instant now, Instant endedSince) {
        return jdbc.sql("""
                        select exists (select 1 from import_jobs where tenant_id = ? and (
                            state in ('validating', 'running') and leased_until > ? or finished_at > ?))""")
                .params(tenantId, utc(now), utc(endedSince))
                .query(Boolean.class)
                .single();
    }

    /** The next due job of any tenant, leased to the caller until {@code until}. */
    Optional<Claim> claim(Instant now, Instant until) {
        return jdbc.sql("select * from clientela_claim_import(?, ?)")
                .params(utc(now), utc(until))
                .query((rs, n) -> new Claim(
                        rs.getObject("tenant_id", UUID.class),
                        rs.getObject("id", UUID.class),
                        rs.getObject("lease_token", UUID.class)))
                .optional();
    }

    /** Adds a committed chunk's counts and extends the lease; false when the lease is no longer this token's. */
    boolean advance(UUID tenantId, Claim claim, int rows, int[] counts, Instant until) {
        return jdbc.sql("""
                        update import_jobs set state = 'running', rows_done = rows_done + ?, created = created + ?,
                            updated = updated + ?, unchanged = unchanged + ?, failed = failed + ?, leased_until = ?
                        where tenant_id = ? and id = ? and lease_token = ?""")
                        .params(
                                rows,
                                counts[0],
                                counts[1],
                                counts[2],
                                counts[3],
                                utc(until),
                                tenantId,
                                claim.id(),
                                claim.token())
                        .update()
                == 1;
    }

    void finish(UUID tenantId, Claim claim, String state, String error, Instant now) {
        jdbc.sql("""
                        update import_jobs set state = ?, error = ?, finished_at = ?, leased_until = null
                        where tenant_id = ? and id = ? and lease_token = ?""")
                .params(state, error, utc(now), tenantId, claim.id(), claim.token())
                .update();
    }

    /** Lets the lease go at once, so that another instance takes the job up from its last chunk. */
    void release(UUID tenantId, Claim claim) {
        jdbc.sql("update import_jobs set leased_until = now() where tenant_id = ? and id = ? and lease_token = ?")
                .params(tenantId, claim.id(), claim.token())
                .update();
    }

    /** A queued job is cancelled at once; a running one at its next chunk. False when it had finished. */
    boolean cancel(UUID tenantId, UUID id, Instant now) {
        int queued = jdbc.sql("update import_jobs set state = 'cancelled', finished_at = ?, cancel_requested = true"
                        + " where tenant_id = ? and id = ? and state = 'queued' and leased_until is null")
                .params(utc(now), tenantId, id)
                .update();
        int running = jdbc.sql("update import_jobs set cancel_requested = true"
                        + " where tenant_id = ? and id = ? and state in ('validating', 'running')")
                .params(tenantId, id)
                .update();
        return queued + running > 0;
    }

    private ImportJob map(ResultSet rs, int row) throws SQLException {
        JsonNode options = json.readTree(rs.getString("options"));
        ImportOptions o = new ImportOptions(
                BulkMode.valueOf(rs.getString("mode").toUpperCase(Locale.ROOT)),
                BulkKey.valueOf(rs.getString("match_key").toUpperCase(Locale.ROOT)),
                rs.getBoolean("dry_run"),
                null,
                null,
                options.path("date_format").asString("yyyy-mm-dd"),
                options.path("decimal_separator").asString(".").charAt(0));
        ImportJob.FileLayout layout = options.has("format")
                ? new ImportJob.FileLayout(
                        options.get("format").stringValue(),
                        options.get("delimiter").stringValue().charAt(0),
                        options.get("encoding").stringValue(),
                        json.convertValue(
                                options.get("header"),
                                json.getTypeFactory().constructCollectionType(List.class, String.class)))
                : null;
        Object total = rs.getObject("rows_total");
        return new ImportJob(
                rs.getObject("id", UUID.class),
                rs.getObject("key_id", UUID.class),
                options.hasNonNull("user_id")
                        ? UUID.fromString(options.get("user_id").stringValue())
                        : null,
                rs.getString("state"),
                o,
                layout,
                total == null ? null : ((Number) total).intValue(),
                rs.getInt("rows_done"),
                rs.getInt("created"),
                rs.getInt("updated"),
                rs.getInt("unchanged"),
                rs.getInt("failed"),
                rs.getBoolean("cancel_requested"),
                instant(rs, "created_at"),
                instant(rs, "started_at"),
                instant(rs, "finished_at"),
                rs.getString("error"));
    }

    record Claim(UUID tenantId, UUID id, UUID token) {}

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
