package dev.clientela.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import job as stored: what it was asked, how far it got, and how its file is read. {@code keyId} is
 * the API key that sent it, {@code userId} the console user who did; the job's writes are recorded as theirs.
 */
record ImportJob(
        UUID id,
        UUID keyId,
        UUID userId,
        String state,
        ImportOptions options,
        FileLayout layout,
        Integer rowsTotal,
        int rowsDone,
        int created,
        int updated,
        int unchanged,
        int failed,
        boolean cancelRequested,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        String error) {

    boolean finished() {
        return List.of("completed", "completed_with_errors", "failed", "cancelled")
                .contains(state);
    }

    /** How the stored file is read: its format, delimiter, encoding and header (the cells as written). */
    record FileLayout(String format, char delimiter, String encoding, List<String> header) {}
}
