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

/** The report's groups of pairs against a breadth-first walk of the same pairs. */
class PairChainsTest {

    private static final Seed seed = Seed.forRun(PairChainsTest.class);

    @Test
    void everyClientIsLabelledWithTheLeastNumberOfItsGroup() {
        Random random = seed.random();
        double[] scores = {0.6, 0.65, 0.657, 0.7, 0.755, 0.9};
        for (int round = 0; round < 300; round++) {
            int clients = 2 + random.nextInt(round < 100 ? 12 : 120);
            int pairs = random.nextInt(3 * clients);
            int levels = 1 + random.nextInt(scores.length);
            long[] a = new long[pairs + 3];
            long[] b = new long[pairs + 3];
            double[] score = new double[pairs + 3];
            long spread = 1 + random.nextInt(1_000_000);
            for (int i = 0; i < pairs; i++) {
                a[i] = spread * random.nextInt(clients) + 1;
                b[i] = spread * random.nextInt(clients) + 1;
                score[i] = scores[random.nextInt(levels)];
            }
            PairChains chains = new PairChains(a, b, score, pairs);

            Map<Long, Long> expected = new TreeMap<>();
            grouped(
                    a,
                    b,
                    score,
                    java.util.stream.IntStream.range(0, pairs).boxed().toList(),
                    expected);
            Map<Long, Long> found = new TreeMap<>();
            long[] numbers = chains.numbers();
            long[] labels = chains.labels();
            for (int i = 0; i < numbers.length; i++) {
                found.put(numbers[i], labels[i]);
            }
            assertThat(found).as("round %d, %s", round, seed).isEqualTo(expected);
        }
    }

    @Test
    void aChainOfHundredsOfThousandsInTheWorstOrderIsOneGroupWhenItsPairsScoreAlike() {
        int length = 300_000;
        long[] a = new long[length - 1];
        long[] b = new long[length - 1];
        double[] score = new double[length - 1];
        for (int i = 0; i < length - 1; i++) { // from the far end, each new pair joins two long chains
            a[i] = length - i;
            b[i] = length - i - 1;
            score[i] = 0.65;
        }
        PairChains chains = new PairChains(a, b, score, length - 1);

        assertThat(chains.numbers()).hasSize(length);
        assertThat(chains.labels()).containsOnly(1L);
    }

    @Test
    void namesakesChainedPastWhatOnePersonReviewsLeaveTheirWeakPairsOutAndKeepTheStrongOnes() {
        int town = PairChains.LARGEST_GROUP + 5;
        List<long[]> pairs = new ArrayList<>();
        for (long n = 1; n < town; n++) {
            pairs.add(new long[] {n, n + 1, 65}); // each namesake like the next
        }
        pairs.add(new long[] {7, 8, 90}); // one of them typed twice, same mail
        pairs.add(new long[] {100, 101, 65}); // a lone pair elsewhere keeps its group
        long[] a = pairs.stream().mapToLong(p -> p[0]).toArray();
        long[] b = pairs.stream().mapToLong(p -> p[1]).toArray();
        double[] score = pairs.stream().mapToDouble(p -> p[2] / 100.0).toArray();

        PairChains chains = new PairChains(a, b, score, pairs.size());

        assertThat(chains.numbers()).containsExactly(7, 8, 100, 101);
        assertThat(chains.labels()).containsExactly(7, 7, 100, 100);
        assertThat(chains.label(3)).isEqualTo(-1);
    }

    /** The rule as the README words it: chains, and a chain too long to review joined again by its stronger pairs. */
    private static void grouped(long[] a, long[] b, double[] score, List<Integer> pairs, Map<Long, Long> labels) {
        Map<Long, List<Integer>> links = new HashMap<>();
        for (int p : pairs) {
            links.computeIfAbsent(a[p], k -> new ArrayList<>()).add(p);
            links.computeIfAbsent(b[p], k -> new ArrayList<>()).add(p);
        }
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (long start : new java.util.TreeSet<>(links.keySet())) {
            if (!seen.add(start)) {
                continue;
            }
            java.util.Set<Long> members = new java.util.TreeSet<>(List.of(start));
            java.util.Set<Integer> its = new java.util.TreeSet<>();
            ArrayDeque<Long> queue = new ArrayDeque<>(List.of(start));
            while (!queue.isEmpty()) {
                for (int p : links.get(queue.poll())) {
                    its.add(p);
                    for (long next : new long[] {a[p], b[p]}) {
                        if (seen.add(next)) {
                            members.add(next);
                            queue.add(next);
                        }
                    }
                }
            }
            double weakest = its.stream().mapToDouble(p -> score[p]).min().orElseThrow();
            boolean alike = its.stream().allMatch(p -> score[p] == weakest);
            if (members.size() > PairChains.LARGEST_GROUP && !alike) {
                grouped(
                        a,
                        b,
                        score,
                        its.stream().filter(p -> score[p] > weakest).toList(),
                        labels);
            } else if (members.size() > 1) {
                members.forEach(m -> labels.put(m, start));
            }
        }
    }
}
