package dev.clientela.client;

import dev.clientela.tenant.CurrentTenant;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import dev.clientela.web.RequestIds;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Undoing a merge within 30 days: the survivor and each merged client get their rows back exactly,
 * and every record the merge moved points where it pointed before. Refused, naming each reason,
 * when the survivor changed since or a merged client's document or code is now another's.
 */
@Service
public class MergeUndo {

    static final Duration WINDOW = Duration.ofDays(30);

    private final Clients clients;
    private final ClientHolders holders;
    private final MergeRecords records;
    private final ClientTrail changes;
    private final MergeEvents events;
    private final DuplicateReport report;
    private final CurrentTenant current;
    private final Clock clock;

    MergeUndo(
            Clients clients,
            ClientHolders holders,
            MergeRecords records,
            ClientTrail changes,
            MergeEvents events,
            DuplicateReport report,
            CurrentTenant current,
            Clock clock) {
        this.clients = clients;
        this.holders = holders;
        this.records = records;
        this.changes = changes;
        this.events = events;
        this.report = report;
        this.current = current;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public MergeView find(UUID mergeId) {
        return MergeView.of(
                records.find(current.id(), mergeId).orElseThrow(() -> ApiProblem.notFound("The merge")), records, null);
    }

    /** The latest merge, not undone, of a client merged into another, if any. */
    @Transactional(readOnly = true)
    public Optional<UUID> mergeOf(UUID mergedId) {
        return records.latestOf(current.id(), mergedId);
    }

    /** The merge as undone; {@code kept_with_survivor} counts the records written for the survivor since. */
    @Transactional
    public MergeView undo(UUID mergeId) {
        UUID tenantId = current.id();
        MergeRecords.Merge merge = records.lock(tenantId, mergeId).orElseThrow(() -> ApiProblem.notFound("The merge"));
        Map<UUID, Client> locked = new TreeMap<>();
        Stream.concat(Stream.of(merge.survivorId()), merge.mergedIds().stream())
                .sorted()
                .forEach(id -> clients.lock(tenantId, id).ifPresent(c -> locked.put(id, c)));
        List<ClientMerge.MergeConflict> reasons = reasons(tenantId, merge, locked);
        if (!reasons.isEmpty()) {
            throw new ApiProblem(
                    ErrorCode.UNDO_REFUSED,
                    reasons.size() == 1 ? reasons.getFirst().message() : reasons.size() + " things stand in the way",
                    List.of(),
                    Map.of("reasons", reasons));
        }
        records.restore(merge.survivorBefore());
        merge.mergedBefore().forEach(records::restore);
        Map<String, Long> kept = new LinkedHashMap<>();
        merge.repointed().forEach((table, moved) -> records.pointBack(table, moved, merge.survivorId(), tenantId));
        for (String table : MergeRecords.POINTING) {
            long since = records.writtenSince(table, tenantId, merge.survivorId(), merge.mergedAt());
            if (since > 0) {
                kept.put(table, since);
            }
        }
        Client survivor = clients.lock(tenantId, merge.survivorId()).orElseThrow();
        clients.writeWords(tenantId, survivor);
        var caller = current.caller();
        changes.record(tenantId, caller, "UNMERGE", locked.get(merge.survivorId()), survivor);
        List<Client> restored = new ArrayList<>();
        for (UUID id : merge.mergedIds()) {
            Client back = clients.lock(tenantId, id).orElseThrow();
            changes.record(tenantId, caller, "UNMERGE", locked.get(id), back);
            restored.add(back);
        }
        records.markUndone(tenantId, mergeId, clock.instant(), caller.keyId(), RequestIds.current());
        MergeRecords.Merge undone = records.find(tenantId, mergeId).orElseThrow();
        events.unmerged(undone, survivor, restored);
        report.restored(tenantId, locked.keySet());
        return MergeView.of(undone, records, kept.isEmpty() ? Map.of() : kept);
    }

    private List<ClientMerge.MergeConflict> reasons(UUID tenantId, MergeRecords.Merge merge, Map<UUID, Client> locked) {
        List<ClientMerge.MergeConflict> reasons = new ArrayList<>();
        if (merge.undoneAt() != null) {
            reasons.add(new ClientMerge.MergeConflict(
                    "already_undone", "The merge was undone at " + merge.undoneAt(), null));
            return reasons;
        }
        if (merge.mergedAt().plus(WINDOW).isBefore(clock.instant())) {
            reasons.add(new ClientMerge.MergeConflict(
                    "too_old", "A merge can be undone for 30 days; this one was made at " + merge.mergedAt(), null));
        }
        Client survivor = locked.get(merge.survivorId());
        if (survivor == null || survivor.isDeleted()) {
            reasons.add(new ClientMerge.MergeConflict(
                    survivor != null && survivor.status() == ClientStatus.MERGED
                            ? "survivor_merged"
                            : "survivor_deleted",
                    survivor != null && survivor.status() == ClientStatus.MERGED
                            ? "The survivor was merged into another client since; undo that merge first"
                            : "The survivor was deleted since; restore it first",
                    merge.survivorId()));
        } else if (survivor.version() != merge.survivorAfterVersion()) {
            reasons.add(new ClientMerge.MergeConflict(
                    "survivor_changed",
                    "The survivor was changed since the merge (version " + survivor.version()
                            + ", the merge left version " + merge.survivorAfterVersion() + ")",
                    merge.survivorId()));
        }
        if (survivor != null && !survivor.isDeleted()) {
            taken(tenantId, records.clientOf(merge.survivorBefore()), merge.survivorId())
                    .ifPresent(reasons::add);
        }
        for (String state : merge.mergedBefore()) {
            Client before = records.clientOf(state);
            Client now = locked.get(before.id());
            if (now == null || now.status() != ClientStatus.MERGED) {
                reasons.add(new ClientMerge.MergeConflict(
                        "no_longer_merged", "Client " + before.number() + " is no longer merged", before.id()));
            }
            taken(tenantId, before, merge.survivorId()).ifPresent(reasons::add);
        }
        return reasons;
    }

    /** A merged client's document or external code, now held by a live client other than the survivor. */
    private java.util.Optional<ClientMerge.MergeConflict> taken(UUID tenantId, Client before, UUID survivorId) {
        ClientDocument d = before.document();
        if (d != null && !d.anonymous()) {
            var holder = holders.holderOf(tenantId, d.country(), d.type(), d.number(), before.id())
                    .filter(h -> !h.equals(survivorId));
            if (holder.isPresent()) {
                return java.util.Optional.of(new ClientMerge.MergeConflict(
                        "document_taken",
                        "Client " + before.number() + "'s " + d.type() + " " + d.formatted()
                                + " now belongs to the live client " + holder.get(),
                        before.id()));
            }
        }
        if (before.externalCode() != null) {
            var holder = holders.withExternalCode(tenantId, before.externalCode(), before.id())
                    .filter(h -> !h.equals(survivorId));
            if (holder.isPresent()) {
                return java.util.Optional.of(new ClientMerge.MergeConflict(
                        "external_code_taken",
                        "Client " + before.number() + "'s external code now belongs to the live client " + holder.get(),
                        before.id()));
            }
        }
        return java.util.Optional.empty();
    }
}
