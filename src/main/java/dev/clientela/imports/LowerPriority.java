package dev.clientela.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lowers the scheduling priority of the calling thread, so that an import's parsing and checking wait
 * for the service's requests rather than the other way round: on two busy processors a request that
 * wakes behind a chunk's work at the same priority waited a scheduling slice at each of its hops.
 * Linux keeps a niceness per thread; the thread's own is raised by {@code renice} on its thread id.
 * Elsewhere, or without {@code renice}, the thread keeps its priority.
 */
final class LowerPriority {

    private static final Logger log = LoggerFactory.getLogger(LowerPriority.class);

    private LowerPriority() {}

    /** Raises the calling thread's niceness by {@code by} (at most to 19); nothing when {@code by} is 0. */
    static void ofThisThread(int by) {
        if (by <= 0) {
            return;
        }
        Path self = Path.of("/proc/thread-self");
        try {
            String thread = Files.readSymbolicLink(self).getFileName().toString();
            String stat = Files.readString(self.resolve("stat"));
            // the fields after the command's closing parenthesis start at the third; niceness is the 19th
            int now = Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]);
            Process renice = new ProcessBuilder("renice", "-n", String.valueOf(Math.min(19, now + by)), "-p", thread)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!renice.waitFor(10, TimeUnit.SECONDS)) {
                renice.destroy();
            }
        } catch (IOException | RuntimeException e) {
            log.debug("The import thread keeps its priority: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
