package dev.clientela.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class LowerPriorityTest {

    @Test
    void anImportThreadAndTheThreadsItStartsRunAtALowerPriorityThanTheRest() throws Exception {
        AtomicIntegerArray niceness = new AtomicIntegerArray(4);
        Thread worker = Thread.ofPlatform().start(() -> {
            niceness.set(0, ownNiceness());
            LowerPriority.ofThisThread(5);
            niceness.set(1, ownNiceness());
            Thread reader = Thread.ofPlatform().start(() -> niceness.set(2, ownNiceness()));
            try {
                reader.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        worker.join();
        niceness.set(3, ownNiceness());
        assertThat(niceness.get(1)).isEqualTo(Math.min(19, niceness.get(0) + 5));
        assertThat(niceness.get(2)).as("a thread it starts").isEqualTo(niceness.get(1));
        assertThat(niceness.get(3)).as("the other threads").isEqualTo(niceness.get(0));
    }

    private static int ownNiceness() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
