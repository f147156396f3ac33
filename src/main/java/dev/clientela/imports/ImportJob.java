package dev.clientela.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An import job as stored: what it was asked, how far it got, and how its file is read. */
record ImportJob(
        UUID id,
        UUID keyId,
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
