package dev.clientela.imports;

import dev.clientela.client.BulkWriting;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A tenant is importing while one of its jobs is claimed and its lease has not run out: a job whose
 * instance died stops holding the tenant's duplicate report back once its lease ends.
 */
@Component
class ImportsUnderway implements BulkWriting {

    private final ImportJobs jobs;
    private final Clock clock;

    ImportsUnderway(ImportJobs jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    @Override
    public boolean underway(UUID tenantId) {
        return jobs.running(tenantId, clock.instant());
    }
}
