package dev.clientela.imports;

import dev.clientela.client.BulkWriting;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A tenant is importing while one of its jobs is claimed and its lease has not run out (a job whose
 * instance died stops holding the tenant's duplicate report back once its lease ends), and for a
 * while after its last job ended: files imported one after another are paired once, after the last,
 * and a job's first minutes of use are not spent beside a pass over the whole tenant.
 */
@Component
class ImportsUnderway implements BulkWriting {

    private final ImportJobs jobs;
    private final Clock clock;
    private final Duration settle;

    ImportsUnderway(ImportJobs jobs, Clock clock, @Value("${clientela.duplicates.after-import:PT1M}") Duration settle) {
        this.jobs = jobs;
        this.clock = clock;
        this.settle = settle;
    }

    @Override
    public boolean underway(UUID tenantId) {
        return jobs.running(tenantId, clock.instant(), clock.instant().minus(settle));
    }
}
