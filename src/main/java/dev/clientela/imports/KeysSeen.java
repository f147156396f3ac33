package dev.clientela.imports;

import dev.clientela.client.FileKeys;
import java.util.HashMap;
import java.util.Map;

/** The keys the rows of one file hold so far, kept in memory while its job runs. */
final class KeysSeen implements FileKeys {

    private final Map<String, Integer> holders = new HashMap<>();

    @Override
    public int holder(String key) {
        return holders.getOrDefault(key, 0);
    }

    @Override
    public void hold(String key, int line) {
        holders.putIfAbsent(key, line);
    }

    @Override
    public void release(String key, int line) {
        holders.remove(key, line);
    }
}
