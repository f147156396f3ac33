package dev.clientela.events;

import dev.clientela.db.ActingTenant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Delivers due events inside the service. Each pass leases a batch of due deliveries of any tenant
 * ({@code FOR UPDATE SKIP LOCKED}, so instances on one database take different ones) and sends each on
 * its own virtual thread. The lease outlasts the send's timeout, so no other instance takes the same
 * delivery while it is being sent; one whose instance died is taken again when its lease runs out.
 */
@Component
class Dispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final Deliveries deliveries;
    private final DeliveryAttempt attempt;
    private final DispatchSignal signal;
    private final Clock clock;
    private final boolean enabled;
    private final Duration poll;
    private final Duration lease;
    private final int batch;
    private final int workers;
    private final ExecutorService sends = Executors.newVirtualThreadPerTaskExecutor();
    private volatile List<Thread> loops = List.of();

    Dispatcher(
            Deliveries deliveries,
            DeliveryAttempt attempt,
            DispatchSignal signal,
            Clock clock,
            @Value("${clientela.webhooks.dispatch.enabled:true}") boolean enabled,
            @Value("${clientela.webhooks.dispatch.poll:1s}") Duration poll,
            @Value("${clientela.webhooks.timeout:15s}") Duration timeout,
            @Value("${clientela.webhooks.dispatch.lease:}") Duration lease,
            @Value("${clientela.webhooks.dispatch.batch:32}") int batch,
            @Value("${clientela.webhooks.dispatch.workers:4}") int workers) {
        this.deliveries = deliveries;
        this.attempt = attempt;
        this.signal = signal;
        this.clock = clock;
        this.enabled = enabled;
        this.poll = poll;
        // Longer than any send can take, so a lease never runs out while its send is still going.
        this.lease = lease != null ? lease : timeout.multipliedBy(4).plusSeconds(30);
        this.batch = batch;
        this.workers = workers;
    }

    /** One pass: leases what is due now, sends it and waits for every send to end; answers how many. */
    int deliverDue() {
        Instant now = clock.instant();
        List<Deliveries.Claim> claims = deliveries.claim(now, now.plus(lease), batch);
        List<Future<?>> running = new ArrayList<>();
        for (Deliveries.Claim claim : claims) {
            running.add(sends.submit(() -> ActingTenant.as(claim.tenantId(), () -> {
                attempt.make(claim);
                return null;
            })));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (ExecutionException e) {
                log.error("A webhook delivery failed unexpectedly", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return claims.size();
    }

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                if (deliverDue() < batch) {
                    signal.await(poll);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("Webhook dispatch pass failed; trying again: {}", e.toString());
                try {
                    signal.await(poll);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    /** Several loops, so that one slow receiver holds back only the batch it is in. */
    @Override
    public void start() {
        if (enabled) {
            List<Thread> started = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                started.add(Thread.ofVirtual().name("webhook-dispatcher-" + i).start(this::run));
            }
            loops = started;
        }
    }

    @Override
    public void stop() {
        List<Thread> running = loops;
        loops = List.of();
        running.forEach(Thread::interrupt);
        for (Thread t : running) {
            try {
                t.join(Duration.ofSeconds(20));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return !loops.isEmpty();
    }
}
