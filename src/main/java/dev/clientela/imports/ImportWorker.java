package dev.clientela.imports;

import dev.clientela.tenant.Caller;
import dev.clientela.tenant.Role;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs import jobs inside the service, one at a time per instance. Each pass claims the oldest due job
 * of any tenant with a lease that every committed chunk extends; a job whose instance died is claimed
 * again once its lease runs out and resumes after its last committed chunk. The job runs as its tenant,
 * with the key or the console user that created it, so row-level security and the audit trail see it as
 * they see a request.
 */
@Component
class ImportWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);

    private final ImportJobs jobs;
    private final ImportRun run;
    private final ImportSignal signal;
    private final Clock clock;
    private final boolean enabled;
    private final Duration poll;
    private final Duration lease;
    private final int niceness;
    private volatile Thread loop;
    private volatile boolean stopping;

    ImportWorker(
            ImportJobs jobs,
            ImportRun run,
            ImportSignal signal,
            Clock clock,
            @Value("${clientela.imports.enabled:true}") boolean enabled,
            @Value("${clientela.imports.poll:1s}") Duration poll,
            @Value("${clientela.imports.lease:60s}") Duration lease,
            @Value("${clientela.imports.niceness:10}") int niceness) {
        this.jobs = jobs;
        this.run = run;
        this.signal = signal;
        this.clock = clock;
        this.enabled = enabled;
        this.poll = poll;
        this.lease = lease;
        this.niceness = niceness;
    }

    private void loop() {
        // the thread reading a job's chunks ahead starts from this one, and takes its priority with it
        LowerPriority.ofThisThread(niceness);
        while (!stopping && !Thread.currentThread().isInterrupted()) {
            try {
                Optional<ImportJobs.Claim> claim =
                        jobs.claim(clock.instant(), clock.instant().plus(lease));
                if (claim.isPresent()) {
                    runAsTenant(claim.get());
                } else {
                    signal.await(poll);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("Import pass failed; trying again: {}", e.toString());
                try {
                    signal.await(poll);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    private void runAsTenant(ImportJobs.Claim claim) {
        java.util.UUID keyId = null;
        java.util.UUID userId = null;
        var job = dev.clientela.db.ActingTenant.as(claim.tenantId(), () -> jobs.find(claim.tenantId(), claim.id()));
        if (job.isPresent()) {
            keyId = job.get().keyId();
            userId = job.get().userId();
        }
        Caller caller = new Caller(claim.tenantId(), keyId, Role.OPERATOR, false, null, userId);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        caller, null, List.of(new SimpleGrantedAuthority("ROLE_OPERATOR"))));
        MDC.put("request_id", ImportRun.source(claim.id()));
        try {
            run.run(claim, lease, () -> !stopping);
        } finally {
            MDC.remove("request_id");
            SecurityContextHolder.clearContext();
        }
    }

    @Override
    public void start() {
        if (enabled) {
            stopping = false;
            // a platform thread: a chunk keeps it busy, and on a virtual thread it would hold a carrier of the requests
            loop = Thread.ofPlatform().name("import-worker").daemon().start(this::loop);
        }
    }

    @Override
    public void stop() {
        Thread running = loop;
        loop = null;
        stopping = true;
        if (running != null) {
            try {
                // the chunk being written commits first; an idle loop sees the flag after its poll
                if (!running.join(Duration.ofSeconds(15))) {
                    running.interrupt();
                    running.join(Duration.ofSeconds(5));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return loop != null;
    }
}
