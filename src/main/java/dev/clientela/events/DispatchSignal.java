package dev.clientela.events;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/** Wakes the dispatcher when a transaction that raised events commits, instead of waiting for its next poll. */
@Component
class DispatchSignal {

    private final Semaphore raised = new Semaphore(0);

    void eventsCommitted() {
        if (raised.availablePermits() == 0) {
            raised.release();
        }
    }

    /** Waits until events are committed or {@code poll} has passed. */
    void await(Duration poll) throws InterruptedException {
        raised.tryAcquire(poll.toMillis(), TimeUnit.MILLISECONDS);
        raised.drainPermits();
    }
}
