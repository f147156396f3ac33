package dev.clientela.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Seed;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The report's chains of pairs against a breadth-first walk of the same pairs. */
class PairChainsTest {

    private static final Seed seed = Seed.forRun(PairChainsTest.class);

    @Test
    void everyClientIsLabelledWithTheLeastNumberItIsChainedTo() {
        Random random = seed.random();
        for (int round = 0; round < 200; round++) {
            int clients = 2 + random.nextInt(round < 100 ? 12 : 400);
            int pairs = random.nextInt(2 * clients);
            long[] a = new long[pairs + 3];
            long[] b = new long[pairs + 3];
            long spread = 1 + random.nextInt(1_000_000);
            for (int i = 0; i < pairs; i++) {
                a[i] = spread * random.nextInt(clients) + 1;
                b[i] = spread * random.nextInt(clients) + 1;
            }
            PairChains chains = new PairChains(a, b, pairs);

            Map<Long, Long> expected = walked(a, b, pairs);
            Map<Long, Long> found = new TreeMap<>();
            for (int i = 0; i < chains.numbers().length; i++) {
                found.put(chains.numbers()[i], chains.labels()[i]);
            }
            assertThat(found).as("round %d, %s", round, seed).isEqualTo(expected);
        }
    }

    @Test
    void aChainOfHundredsOfThousandsInTheWorstOrderIsOneGroup() {
        int length = 300_000;
        long[] a = new long[length - 1];
        long[] b = new long[length - 1];
        for (int i = 0; i < length - 1; i++) { // from the far end, each new pair joins two long chains
            a[i] = length - i;
            b[i] = length - i - 1;
        }
        PairChains chains = new PairChains(a, b, length - 1);

        assertThat(chains.numbers()).hasSize(length);
        assertThat(chains.labels()).containsOnly(1L);
    }

    private static Map<Long, Long> walked(long[] a, long[] b, int pairs) {
        Map<Long, List<Long>> links = new HashMap<>();
        for (int i = 0; i < pairs; i++) {
            links.computeIfAbsent(a[i], k -> new ArrayList<>()).add(b[i]);
            links.computeIfAbsent(b[i], k -> new ArrayList<>()).add(a[i]);
        }
        Map<Long, Long> labels = new TreeMap<>();
        for (long start : new java.util.TreeSet<>(links.keySet())) {
            if (labels.containsKey(start)) {
                continue;
            }
            ArrayDeque<Long> queue = new ArrayDeque<>(List.of(start));
            labels.put(start, start); // keys ascending: the first reached of a chain is its least
            while (!queue.isEmpty()) {
                for (long next : links.get(queue.poll())) {
                    if (labels.putIfAbsent(next, start) == null) {
                        queue.add(next);
                    }
                }
            }
        }
        return labels;
    }
}
