package dev.clientela.client;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A merge: the clients merged into the survivor, and which client's value each named field keeps. */
public record MergeRequest(List<UUID> clients, Map<String, UUID> keep) {

    public static final int MOST_CLIENTS = 10;
}
