package dev.clientela.imports;

import com.github.f4b6a3.uuid.UuidCreator;
import dev.clientela.tenant.CurrentTenant;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes an import's file in: streamed into the database a piece at a time (never whole in memory),
 * scanned as it goes, and queued as a job in the same transaction, so a refused file leaves nothing.
 * A repeat with the same {@code Idempotency-Key} and the same file and parameters gets the first job.
 */
@Service
public class ImportDesk {

    static final long MAX_BYTES = 200L * 1024 * 1024;

    private final ImportJobs jobs;
    private final ImportFiles files;
    private final CurrentTenant current;
    private final Clock clock;
    private final JsonMapper json;
    private final ImportSignal signal;

    ImportDesk(
            ImportJobs jobs,
            ImportFiles files,
            CurrentTenant current,
            Clock clock,
            JsonMapper json,
            ImportSignal signal) {
        this.jobs = jobs;
        this.files = files;
        this.current = current;
        this.clock = clock;
        this.json = json;
        this.signal = signal;
    }

    @Transactional
    public Submitted submit(
            ImportOptions options, String format, InputStream body, String query, String idempotencyKey) {
        UUID tenantId = current.id();
        UUID id = UuidCreator.getTimeOrderedEpoch();
        boolean fresh = jobs.insert(tenantId, id, current.caller().keyId(), options, idempotencyKey, clock.instant());
        FileScan scan = new FileScan(format.equals("csv"));
        if (!fresh) {
            return replay(tenantId, idempotencyKey, body, query);
        }
        int seq = 0;
        try {
            byte[] piece = body.readNBytes(ImportFiles.CHUNK_BYTES);
            while (piece.length > 0) {
                scan.update(piece, piece.length);
                if (scan.bytes() > MAX_BYTES) {
                    throw new ApiProblem(ErrorCode.PAYLOAD_TOO_LARGE, "A file may have at most 200 MB");
                }
                files.append(tenantId, id, seq++, piece);
                piece = body.readNBytes(ImportFiles.CHUNK_BYTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportJob.FileLayout layout = FileRefusals.layout(scan, format, options, json);
        int rows = (int) (scan.records() - (layout.format().equals("csv") ? 1 : 0));
        jobs.describeFile(
                tenantId,
                id,
                options,
                layout,
                digest(query, scan),
                scan.bytes(),
                rows,
                current.caller().userId());
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        signal.jobQueued();
                    }
                });
        return new Submitted(jobs.find(tenantId, id).orElseThrow(), false);
    }

    /**
     * A file sent from a form, with the same parameters as the API's query ({@code mode}, {@code key},
     * {@code dry_run}, ...): the same rules and the same job, without an idempotency key.
     */
    @Transactional
    public JobView upload(Map<String, String> params, String format, InputStream file) {
        ImportOptions options = ImportOptions.read(params);
        String query = new java.util.TreeMap<>(params).toString();
        return JobView.of(submit(options, format, file, query, null).job());
    }

    /** The template's header: the columns an import takes, in the order an export writes them. */
    public void writeTemplate(java.io.OutputStream out) throws IOException {
        java.io.Writer writer = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
        try (de.siegmar.fastcsv.writer.CsvWriter csv =
                de.siegmar.fastcsv.writer.CsvWriter.builder().build(writer)) {
            csv.writeRecord(Columns.TEMPLATE);
        }
    }

    private Submitted replay(UUID tenantId, String key, InputStream body, String query) {
        UUID first = jobs.byIdempotencyKey(tenantId, key).orElseThrow();
        FileScan scan = new FileScan();
        try {
            byte[] piece = body.readNBytes(ImportFiles.CHUNK_BYTES);
            while (piece.length > 0) {
                scan.update(piece, piece.length);
                piece = body.readNBytes(ImportFiles.CHUNK_BYTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!Arrays.equals(jobs.requestHash(tenantId, first).orElseThrow(), digest(query, scan))) {
            throw new ApiProblem(
                    ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "This idempotency key was used with a different file",
                    List.of(),
                    Map.of());
        }
        return new Submitted(jobs.find(tenantId, first).orElseThrow(), true);
    }

    /** The file's digest with the parameters it was sent with: what makes two uploads the same request. */
    private static byte[] digest(String query, FileScan scan) {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            digest.update(query.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update(scan.sha256());
            return digest.digest();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record Submitted(ImportJob job, boolean replayed) {}
}
