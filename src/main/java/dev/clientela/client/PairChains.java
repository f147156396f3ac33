package dev.clientela.client;

import java.util.Arrays;

/**
 * Clients linked by any chain of pairs, worked out over client numbers in primitive arrays: the
 * pairs of a tenant of a million clients (hundreds of thousands) take a few megabytes here, where
 * objects per pair did not fit the service's heap and rounds of SQL updates took minutes on long chains.
 * Union-find with path halving; a chain's root is its least number, so a label names the group's first client.
 */
final class PairChains {

    private final long[] numbers;
    private final int[] parent;

    /** The chains of the pairs {@code a[i]}–{@code b[i]}, for the first {@code count} of them. */
    PairChains(long[] a, long[] b, int count) {
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
        for (int i = 0; i < distinct; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < count; i++) {
            int ra = root(index(a[i]));
            int rb = root(index(b[i]));
            if (ra != rb) { // the lesser index is the lesser number: it stays the root
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }

    /** The paired clients' numbers, ascending. */
    long[] numbers() {
        return numbers;
    }

    /** The label of each of {@link #numbers()}, in its order: the least number of its chain. */
    long[] labels() {
        long[] labels = new long[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            labels[i] = numbers[root(i)];
        }
        return labels;
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
