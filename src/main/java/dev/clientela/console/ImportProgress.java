package dev.clientela.console;

import dev.clientela.imports.JobView;
import java.util.Set;

/** An import job as its page shows it: how far it got and whether it is still going. */
record ImportProgress(JobView job) {

    private static final Set<String> ENDED = Set.of("completed", "completed_with_errors", "failed", "cancelled");

    public boolean running() {
        return !ENDED.contains(job.state());
    }

    public int total() {
        return job.rowsTotal() == null ? 0 : job.rowsTotal();
    }

    public boolean hasErrors() {
        return job.failed() > 0;
    }
}
