package dev.clientela.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A merge as the API shows it: who, when, the survivor before, each merged client whole, what moved. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MergeView(
        UUID id,
        UUID survivorId,
        List<UUID> mergedIds,
        Map<String, UUID> keep,
        UUID mergedBy,
        String requestId,
        Instant mergedAt,
        ClientView survivorBefore,
        List<ClientView> mergedClients,
        Map<String, List<MergeRecords.Moved>> repointed,
        Instant undoneAt,
        UUID undoneBy,
        Map<String, Long> keptWithSurvivor) {

    /** How many records of each kind the merge moved to the survivor (or, undone, back): sales first, clients last. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public Map<String, Integer> movedCounts() {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        java.util.stream.Stream.concat(MergeRecords.POINTING.stream(), java.util.stream.Stream.of("clients"))
                .filter(repointed::containsKey)
                .forEach(table -> counts.put(table, repointed.get(table).size()));
        repointed.forEach((table, moved) -> counts.putIfAbsent(table, moved.size()));
        return counts;
    }

    static MergeView of(MergeRecords.Merge m, MergeRecords records, Map<String, Long> keptWithSurvivor) {
        return new MergeView(
                m.id(),
                m.survivorId(),
                m.mergedIds(),
                m.keep(),
                m.keyId(),
                m.requestId(),
                m.mergedAt(),
                ClientView.of(records.clientOf(m.survivorBefore())),
                m.mergedBefore().stream()
                        .map(records::clientOf)
                        .map(ClientView::of)
                        .toList(),
                m.repointed(),
                m.undoneAt(),
                m.undoneKeyId(),
                keptWithSurvivor);
    }
}
