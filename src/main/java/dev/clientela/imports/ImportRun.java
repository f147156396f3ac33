package dev.clientela.imports;

import dev.clientela.client.BulkOutcome;
import dev.clientela.client.BulkRow;
import dev.clientela.client.ClientBatch;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.FieldError;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one claimed job: reads its file a chunk of rows at a time, and commits each chunk's clients, its
 * refused rows and the job's progress in one transaction. Resuming, it skips the rows already committed,
 * holding again the keys of those that were accepted, so a row is never written twice and the file's
 * own duplicates are still found.
 */
@Component
class ImportRun {

    private static final Logger log = LoggerFactory.getLogger(ImportRun.class);

    private final ImportJobs jobs;
    private final ImportFiles files;
    private final ImportErrors errors;
    private final ClientBatch batch;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final int chunkRows;

    ImportRun(
            ImportJobs jobs,
            ImportFiles files,
            ImportErrors errors,
            ClientBatch batch,
            JsonMapper json,
            Clock clock,
            TransactionTemplate transaction,
            @Value("${clientela.imports.chunk-rows:1000}") int chunkRows) {
        this.jobs = jobs;
        this.files = files;
        this.errors = errors;
        this.batch = batch;
        this.json = json;
        this.clock = clock;
        this.transaction = transaction;
        this.chunkRows = chunkRows;
    }

    static String source(UUID jobId) {
        return "import:" + jobId;
    }

    /** Runs the job until it ends, or until {@code keepGoing} turns false: then its lease is let go for another instance. */
    void run(ImportJobs.Claim claim, Duration lease, java.util.function.BooleanSupplier keepGoing) {
        UUID tenantId = claim.tenantId();
        ImportJob job = jobs.find(tenantId, claim.id()).orElseThrow();
        try (RecordSource source = new RecordSource(files.open(tenantId, job.id()), job.layout(), json)) {
            KeysSeen seen = resume(tenantId, job, source);
            try (ChunksAhead<Chunk> ahead =
                    new ChunksAhead<>(source, chunkRows, records -> read(job, records), "import-reader")) {
                while (true) {
                    if (!keepGoing.getAsBoolean()) {
                        jobs.release(tenantId, claim);
                        log.info("Import {} stops here for the shutdown; another instance resumes it", job.id());
                        return;
                    }
                    ImportJob now = jobs.find(tenantId, job.id()).orElseThrow();
                    if (now.cancelRequested()) {
                        jobs.finish(tenantId, claim, "cancelled", null, clock.instant());
                        return;
                    }
                    Chunk chunk = ahead.next();
                    if (chunk == null) {
                        break;
                    }
                    Boolean kept = transaction.execute(status -> {
                        boolean ours = commit(tenantId, claim, job, chunk, seen, lease);
                        if (!ours) {
                            status.setRollbackOnly();
                        }
                        return ours;
                    });
                    if (!Boolean.TRUE.equals(kept)) {
                        log.warn("Import {} was taken over by another instance; stopping here", job.id());
                        return;
                    }
                }
            }
            ImportJob done = jobs.find(tenantId, job.id()).orElseThrow();
            jobs.finish(
                    tenantId, claim, done.failed() > 0 ? "completed_with_errors" : "completed", null, clock.instant());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            jobs.release(tenantId, claim);
            log.info("Import {} was interrupted by the shutdown; another instance resumes it", job.id());
        } catch (RuntimeException e) {
            if (!keepGoing.getAsBoolean()) {
                log.info("Import {} was stopped by the shutdown; another instance resumes it", job.id());
                return;
            }
            log.error("Import {} failed", job.id(), e);
            jobs.finish(
                    tenantId,
                    claim,
                    "failed",
                    "The import stopped on an unexpected error; the rows counted as done are saved",
                    clock.instant());
        }
    }

    /** A chunk's records read into rows, and those that could not be read, before the database is asked. */
    private Chunk read(ImportJob job, List<RecordSource.Record> records) {
        List<BulkRow> rows = new ArrayList<>();
        List<ImportErrors.Refused> refused = new ArrayList<>();
        for (RecordSource.Record r : records) {
            if (r.problem() != null) {
                refused.add(new ImportErrors.Refused(
                        r.line(), r.written(), List.of(new FieldError("", "unreadable_row", r.problem()))));
                continue;
            }
            try {
                rows.add(ClientRow.read(r.line(), r.cells(), job.options(), batch, json));
            } catch (ApiProblem invalid) {
                refused.add(new ImportErrors.Refused(r.line(), r.written(), invalid.errors()));
            }
        }
        return new Chunk(records, refused, batch.prepare(rows, job.options().mode()));
    }

    private boolean commit(
            UUID tenantId, ImportJobs.Claim claim, ImportJob job, Chunk chunk, KeysSeen seen, Duration lease) {
        Map<Integer, RecordSource.Record> byLine = new HashMap<>();
        for (RecordSource.Record r : chunk.records()) {
            byLine.put(r.line(), r);
        }
        List<ImportErrors.Refused> refused = new ArrayList<>(chunk.refused());
        int[] counts = new int[4];
        counts[3] = refused.size();
        for (BulkOutcome o : batch.apply(
                chunk.prepared(), job.options().key(), !job.options().dryRun(), seen, source(job.id()))) {
            switch (o.result()) {
                case CREATED -> counts[0]++;
                case UPDATED -> counts[1]++;
                case UNCHANGED -> counts[2]++;
                case FAILED -> {
                    counts[3]++;
                    refused.add(new ImportErrors.Refused(
                            o.line(), byLine.get(o.line()).written(), o.errors()));
                }
            }
        }
        errors.insertAll(tenantId, job.id(), refused);
        return jobs.advance(
                tenantId, claim, chunk.records().size(), counts, clock.instant().plus(lease));
    }

    /** Skips the rows committed before, holding again the keys of the accepted ones. */
    private KeysSeen resume(UUID tenantId, ImportJob job, RecordSource source) {
        KeysSeen seen = new KeysSeen();
        if (job.rowsDone() == 0) {
            return seen;
        }
        Set<Integer> refused = errors.lines(tenantId, job.id());
        for (int i = 0; i < job.rowsDone(); i++) {
            RecordSource.Record r = source.next();
            if (r == null) {
                break;
            }
            if (r.problem() == null && !refused.contains(r.line())) {
                try {
                    BulkRow row = ClientRow.read(r.line(), r.cells(), job.options(), batch, json);
                    batch.fileKeys(row).forEach(k -> seen.hold(k, r.line()));
                } catch (ApiProblem invalid) {
                    // refused rows hold nothing
                }
            }
        }
        return seen;
    }

    /** A chunk of the file as read ahead of its writing: its records, the rows refused unread, the rest prepared. */
    private record Chunk(
            List<RecordSource.Record> records, List<ImportErrors.Refused> refused, ClientBatch.Prepared prepared) {}
}
