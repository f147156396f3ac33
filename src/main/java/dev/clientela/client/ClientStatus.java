package dev.clientela.client;

public enum ClientStatus {
    ACTIVE,
    INACTIVE,
    /** Merged into another client, which {@code merged_into} names; only a merge sets it. */
    MERGED
}
