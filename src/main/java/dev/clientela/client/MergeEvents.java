package dev.clientela.client;

import dev.clientela.events.Events;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** {@code client.merged} and {@code client.unmerged}: the survivor as it now is, and the clients merged. */
@Component
class MergeEvents {

    private final Events events;

    MergeEvents(Events events) {
        this.events = events;
    }

    void merged(MergeRecords.Merge merge, Client survivor) {
        events.raise(
                "client.merged",
                new Merged(
                        survivor.id(), merge.id(), merge.mergedIds(), merge.mergedAt(), ClientView.of(survivor), null));
    }

    void unmerged(MergeRecords.Merge merge, Client survivor, List<Client> restored) {
        events.raise(
                "client.unmerged",
                new Merged(
                        survivor.id(),
                        merge.id(),
                        merge.mergedIds(),
                        merge.undoneAt(),
                        ClientView.of(survivor),
                        restored.stream().map(ClientView::of).toList()));
    }

    /** The event's object; its id is the survivor's, so the survivor's event feed shows its merges. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record Merged(
            UUID id, UUID mergeId, List<UUID> mergedIds, Instant at, ClientView survivor, List<ClientView> restored) {}
}
