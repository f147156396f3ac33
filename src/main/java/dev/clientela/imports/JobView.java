package dev.clientela.imports;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** An import job as the API shows it. */
public record JobView(
        UUID id,
        String state,
        String mode,
        String key,
        boolean dryRun,
        Integer rowsTotal,
        int rowsDone,
        int created,
        int updated,
        int unchanged,
        int failed,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        String error) {

    static JobView of(ImportJob j) {
        return new JobView(
                j.id(),
                j.state(),
                j.options().mode().name().toLowerCase(Locale.ROOT),
                j.options().key().name().toLowerCase(Locale.ROOT),
                j.options().dryRun(),
                j.rowsTotal(),
                j.rowsDone(),
                j.created(),
                j.updated(),
                j.unchanged(),
                j.failed(),
                j.createdAt(),
                j.startedAt(),
                j.finishedAt(),
                j.error());
    }
}
