package dev.clientela.client;

import java.util.Arrays;

/**
 * The report's groups as chains of pairs, worked out over client numbers in primitive arrays: the
 * pairs of a tenant of a million clients (hundreds of thousands) take a few megabytes here, where
 * objects per pair did not fit the service's heap and rounds of SQL updates took minutes.
 *
 * <p>Clients linked by any chain of pairs are one group, but a group is for one person to review: a
 * chain of more than {@link #LARGEST_GROUP} clients (namesakes of one town, each like the next, chained
 * 38,587 clients of the million-client benchmark) is joined again by its stronger pairs alone, its
 * weakest score left out, until every part is small enough or all its pairs score alike. A client
 * whose every pair was left out is in no group (its writes still warn of them).
 *
 * <p>Union-find with path halving; a group's root is its least number, so a label names its first client.
 */
final class PairChains {

    /** The most clients of a group chained by pairs of different scores. */
    static final int LARGEST_GROUP = 20;

    private final long[] a;
    private final long[] b;
    private final double[] score;
    private final long[] numbers;
    private final int[] parent;
    private final int[] size;

    /** The groups of the pairs {@code a[i]}–{@code b[i]} scored {@code score[i]}, for the first {@code count} of them. */
    PairChains(long[] a, long[] b, double[] score, int count) {
        this.a = Arrays.copyOf(a, count);
        this.b = Arrays.copyOf(b, count);
        this.score = Arrays.copyOf(score, count);
        long[] all = new long[2 * count];
        System.arraycopy(a, 0, all, 0, count);
        System.arraycopy(b, 0, all, count, count);
        Arrays.sort(all);
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[distinct++] = all[i];
            }
        }
        numbers = Arrays.copyOf(all, distinct);
        parent = new int[distinct];
        size = new int[distinct];
        int[] every = new int[count];
        for (int i = 0; i < count; i++) {
            every[i] = i;
        }
        join(every);
    }

    /** The numbers of the clients in a group, ascending. */
    long[] numbers() {
        return Arrays.stream(numbers).filter(n -> grouped(index(n))).toArray();
    }

    /** The group of each of {@link #numbers()}, in its order: its least number. */
    long[] labels() {
        return Arrays.stream(numbers)
                .filter(n -> grouped(index(n)))
                .map(n -> label(n))
                .toArray();
    }

    /** The group of a client of these pairs, its least number; -1 when the client is in none. */
    long label(long number) {
        int i = index(number);
        return grouped(i) ? numbers[root(i)] : -1;
    }

    private boolean grouped(int i) {
        return size[root(i)] > 1;
    }

    /** Joins these pairs' clients, then joins again by their stronger pairs the groups too large to review. */
    private void join(int[] pairs) {
        for (int p : pairs) {
            reset(index(a[p]));
            reset(index(b[p]));
        }
        for (int p : pairs) {
            int ra = root(index(a[p]));
            int rb = root(index(b[p]));
            if (ra != rb) { // the lesser index is the lesser number: it stays the root
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
                size[Math.min(ra, rb)] += size[Math.max(ra, rb)];
            }
        }
        long[] byGroup = new long[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            byGroup[i] = (long) root(index(a[pairs[i]])) << 32 | pairs[i];
        }
        Arrays.sort(byGroup);
        for (int from = 0, to; from < byGroup.length; from = to) {
            int group = (int) (byGroup[from] >>> 32);
            double weakest = Double.MAX_VALUE;
            double strongest = -Double.MAX_VALUE;
            for (to = from; to < byGroup.length && (int) (byGroup[to] >>> 32) == group; to++) {
                weakest = Math.min(weakest, score[(int) byGroup[to]]);
                strongest = Math.max(strongest, score[(int) byGroup[to]]);
            }
            if (size[group] > LARGEST_GROUP && weakest < strongest) {
                double left = weakest;
                int[] stronger = Arrays.stream(byGroup, from, to)
                        .mapToInt(key -> (int) key)
                        .filter(p -> score[p] > left)
                        .toArray();
                for (int i = from; i < to; i++) { // whose every pair is left out stays alone
                    int p = (int) byGroup[i];
                    reset(index(a[p]));
                    reset(index(b[p]));
                }
                join(stronger);
            }
        }
    }

    private void reset(int i) {
        parent[i] = i;
        size[i] = 1;
    }

    private int index(long number) {
        return Arrays.binarySearch(numbers, number);
    }

    private int root(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
