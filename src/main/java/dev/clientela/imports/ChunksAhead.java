package dev.clientela.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.MDC;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A file's chunks, read and checked on a thread of their own while the one before is written: the
 * parsing and validation of a chunk then costs no time of the database's. At most one chunk waits
 * ready, so memory holds three chunks at most (being read, waiting, being written). The thread acts as
 * the thread that opened it (its tenant and key, its log context). It is a platform thread: a chunk's
 * checks keep a processor busy for a while, and on a virtual thread they would hold one of the few
 * carriers the service's requests run on.
 */
final class ChunksAhead<T> implements AutoCloseable {

    private static final Object END = new Object();

    private final BlockingQueue<Object> ready = new ArrayBlockingQueue<>(1);
    private final Thread reader;
    private volatile boolean closed;

    ChunksAhead(RecordSource source, int rows, Function<List<RecordSource.Record>, T> reading, String name) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        this.reader = Thread.ofPlatform().name(name).daemon().unstarted(() -> {
            SecurityContextHolder.getContext().setAuthentication(authentication);
            if (logContext != null) {
                MDC.setContextMap(logContext);
            }
            try {
                read(source, rows, reading);
            } finally {
                SecurityContextHolder.clearContext();
                MDC.clear();
            }
        });
        reader.start();
    }

    /** The next chunk, or null after the last; throws what reading it threw. */
    @SuppressWarnings("unchecked")
    T next() throws InterruptedException {
        Object next = ready.take();
        if (next == END) {
            ready.put(END);
            return null;
        }
        if (next instanceof Failure failure) {
            ready.put(failure);
            if (failure.cause() instanceof RuntimeException e) {
                throw e;
            }
            if (failure.cause() instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException(failure.cause());
        }
        return (T) next;
    }

    private void read(RecordSource source, int rows, Function<List<RecordSource.Record>, T> reading) {
        try {
            while (!closed) {
                List<RecordSource.Record> records = new ArrayList<>(rows);
                while (records.size() < rows) {
                    RecordSource.Record r = source.next();
                    if (r == null) {
                        break;
                    }
                    records.add(r);
                }
                if (records.isEmpty()) {
                    hand(END);
                    return;
                }
                hand(reading.apply(records));
            }
        } catch (Throwable e) {
            hand(new Failure(e));
        }
    }

    /** Waits for the writer to take the chunk before, or for the end. */
    private void hand(Object chunk) {
        try {
            while (!closed && !ready.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                // the writer is still at the chunk before
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops reading ahead; returns once the reader has let go of the file. */
    @Override
    public void close() {
        closed = true;
        ready.clear();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Failure(Throwable cause) {}
}
