package dev.clientela.imports;

import dev.clientela.client.FileKeys;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The keys the rows of one file hold so far, kept in memory while its job runs. A million rows hold
 * two or three million keys: kept as strings in a hash map they took about 120 bytes each, so a key is
 * kept as the first 96 bits of its SHA-256 (two keys of a file of millions sharing them is about as
 * likely as two random UUIDs being equal) beside the line holding it, in an open-addressed table of
 * two plain arrays: 16 bytes a slot.
 */
final class KeysSeen implements FileKeys {

    private static final int EMPTY = 0;
    private static final int RELEASED = -1;

    private final MessageDigest sha256;
    /** The first 64 bits of each key's digest. */
    private long[] digests = new long[1024];
    /** The next 32 bits of each key's digest, then the line holding it (0 for an empty slot). */
    private long[] holders = new long[1024];

    private int used;

    KeysSeen() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int holder(String key) {
        ByteBuffer digest = digest(key);
        int slot = find(digest.getLong(0), digest.getInt(8));
        return slot < 0 || line(slot) == RELEASED ? 0 : line(slot);
    }

    @Override
    public void hold(String key, int line) {
        ByteBuffer digest = digest(key);
        long first = digest.getLong(0);
        int next = digest.getInt(8);
        int slot = find(first, next);
        if (slot >= 0) {
            if (line(slot) == RELEASED) {
                holders[slot] = holder(next, line);
            }
            return;
        }
        if ((used + 1) * 4L > digests.length * 3L) {
            grow();
        }
        put(first, holder(next, line));
    }

    @Override
    public void release(String key, int line) {
        ByteBuffer digest = digest(key);
        int next = digest.getInt(8);
        int slot = find(digest.getLong(0), next);
        if (slot >= 0 && line(slot) == line) {
            holders[slot] = holder(next, RELEASED);
        }
    }

    /** The slots the table has: what it costs in memory, 16 bytes each. */
    int capacity() {
        return digests.length;
    }

    private int find(long first, int next) {
        int mask = digests.length - 1;
        for (int slot = (int) first & mask; line(slot) != EMPTY; slot = (slot + 1) & mask) {
            if (digests[slot] == first && (int) (holders[slot] >>> 32) == next) {
                return slot;
            }
        }
        return -1;
    }

    private void put(long first, long holder) {
        int mask = digests.length - 1;
        int slot = (int) first & mask;
        while (line(slot) != EMPTY) {
            slot = (slot + 1) & mask;
        }
        digests[slot] = first;
        holders[slot] = holder;
        used++;
    }

    private void grow() {
        long[] oldDigests = digests;
        long[] oldHolders = holders;
        digests = new long[oldDigests.length * 2];
        holders = new long[oldDigests.length * 2];
        used = 0;
        for (int i = 0; i < oldDigests.length; i++) {
            if ((int) oldHolders[i] != EMPTY) {
                put(oldDigests[i], oldHolders[i]);
            }
        }
    }

    private int line(int slot) {
        return (int) holders[slot];
    }

    private static long holder(int next, int line) {
        return ((long) next << 32) | (line & 0xffffffffL);
    }

    private ByteBuffer digest(String key) {
        return ByteBuffer.wrap(sha256.digest(key.getBytes(StandardCharsets.UTF_8)));
    }
}
