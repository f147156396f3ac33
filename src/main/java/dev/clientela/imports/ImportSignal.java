package dev.clientela.imports;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/** Wakes this instance's worker when a job was queued here, rather than at its next poll. */
@Component
class ImportSignal {

    private final Semaphore queued = new Semaphore(0);

    void jobQueued() {
        queued.release();
    }

    void await(Duration poll) throws InterruptedException {
        if (queued.tryAcquire(poll.toMillis(), TimeUnit.MILLISECONDS)) {
            queued.drainPermits();
        }
    }
}
