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
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Delivers due events inside the service. Each pass leases due deliveries of any tenant ({@code FOR
 * UPDATE SKIP LOCKED}, so instances on one database take different ones) and sends each on its own
 * virtual thread. The lease outlasts the send's timeout, so no other instance takes the same delivery
 * while it is being sent; one whose instance died is taken again when its lease runs out. At most
 * {@code max-in-flight} sends run at once, and the loop does not wait for them: a slow receiver holds
 * only the sends to it, never the deliveries to everyone else.
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
    private final Semaphore inFlight;
    private final ExecutorService sends = Executors.newVirtualThreadPerTaskExecutor();
    private volatile Thread loop;

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
            @Value("${clientela.webhooks.dispatch.max-in-flight:128}") int maxInFlight) {
        this.deliveries = deliveries;
        this.attempt = attempt;
        this.signal = signal;
        this.clock = clock;
        this.enabled = enabled;
        this.poll = poll;
        // Longer than any send can take, so a lease never runs out while its send is still going.
        this.lease = lease != null ? lease : timeout.multipliedBy(4).plusSeconds(30);
        this.batch = batch;
        this.inFlight = new Semaphore(maxInFlight);
    }

    /** One pass that waits for its sends to end, for tests and tools: answers how many it made. */
    int deliverDue() {
        List<Future<?>> running = startDue();
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
        return running.size();
    }

    /** Leases what is due now, as many as there are free sends, and starts sending them. */
    private List<Future<?>> startDue() {
        int free = Math.min(batch, inFlight.availablePermits());
        if (free == 0) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Future<?>> started = new ArrayList<>();
        for (Deliveries.Claim claim : deliveries.claim(now, now.plus(lease), free)) {
            inFlight.acquireUninterruptibly();
            started.add(sends.submit(() -> {
                try {
                    return ActingTenant.as(claim.tenantId(), () -> {
                        attempt.make(claim);
                        return null;
                    });
                } finally {
                    inFlight.release();
                }
            }));
        }
        return started;
    }

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                if (startDue().size() < batch) {
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

    @Override
    public void start() {
        if (enabled) {
            loop = Thread.ofVirtual().name("webhook-dispatcher").start(this::run);
        }
    }

    @Override
    public void stop() {
        Thread running = loop;
        loop = null;
        if (running != null) {
            running.interrupt();
            try {
                running.join(Duration.ofSeconds(20));
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
