package dev.clientela.client;

/**
 * The identities (documents, external codes, clients) that earlier rows of one file already hold, so
 * that a second row with the same one is refused, naming the first row's line.
 */
public interface FileKeys {

    /** The line holding {@code key}, or 0 when no row holds it yet. */
    int holder(String key);

    void hold(String key, int line);

    void release(String key, int line);
}
