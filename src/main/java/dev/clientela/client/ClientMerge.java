package dev.clientela.client;

import com.github.f4b6a3.uuid.UuidCreator;
import dev.clientela.tenant.CurrentTenant;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import dev.clientela.web.RequestIds;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merging duplicates into one survivor, in one transaction: every client involved is locked (in id
 * order, so overlapping merges queue instead of deadlocking, and the later one finds its clients
 * merged), every refusal is found before anything is written, and the merge is recorded whole so
 * that {@link MergeUndo} can put it back.
 */
@Service
public class ClientMerge {

    private final Clients clients;
    private final MergeRecords records;
    private final ClientTrail changes;
    private final MergeEvents events;
    private final DuplicateReport report;
    private final CurrentTenant current;
    private final Clock clock;

    ClientMerge(
            Clients clients,
            MergeRecords records,
            ClientTrail changes,
            MergeEvents events,
            DuplicateReport report,
            CurrentTenant current,
            Clock clock) {
        this.clients = clients;
        this.records = records;
        this.changes = changes;
        this.events = events;
        this.report = report;
        this.current = current;
        this.clock = clock;
    }

    /** The merge as recorded, with the clients as they stood before it. */
    @Transactional
    public MergeView merge(UUID survivorId, MergeRequest request) {
        UUID tenantId = current.id();
        if (request.clients().size() > MergeRequest.MOST_CLIENTS) {
            throw conflict(List.of(new MergeConflict(
                    "too_many_clients",
                    "A merge takes at most " + MergeRequest.MOST_CLIENTS + " clients; "
                            + request.clients().size() + " were given",
                    null)));
        }
        Map<UUID, Client> locked = new TreeMap<>();
        Stream.concat(Stream.of(survivorId), request.clients().stream())
                .sorted()
                .forEach(id -> clients.lock(tenantId, id).ifPresent(c -> locked.put(id, c)));
        Client survivor = survivor(tenantId, locked.get(survivorId), survivorId);
        List<Client> merged = request.clients().stream().map(locked::get).toList();
        refuseConflicts(tenantId, request, survivor, merged);

        String survivorBefore = records.state(tenantId, survivorId);
        List<String> mergedBefore = request.clients().stream()
                .map(id -> records.state(tenantId, id))
                .toList();
        Client composed = SurvivorFields.compose(survivor, merged, request.keep());
        List<Client> mergedAfter = records.markMerged(tenantId, request.clients(), survivorId);
        Map<String, List<MergeRecords.Moved>> repointed = new LinkedHashMap<>();
        repointed.put("clients", records.passOn(tenantId, request.clients(), survivorId));
        repointed.putAll(records.repoint(tenantId, request.clients(), survivorId));
        var caller = current.caller();
        Client saved = clients.update(tenantId, composed, changes.entry(caller, "MERGE", survivor, composed));

        MergeRecords.Merge merge = new MergeRecords.Merge(
                UuidCreator.getTimeOrderedEpoch(),
                survivorId,
                request.clients(),
                request.keep(),
                survivorBefore,
                saved.version(),
                mergedBefore,
                repointed,
                caller.keyId(),
                RequestIds.current(),
                clock.instant(),
                null,
                null);
        records.insert(tenantId, merge);
        for (Client after : mergedAfter) {
            changes.record(tenantId, caller, "MERGE", locked.get(after.id()), after);
        }
        events.merged(merge, saved);
        report.regroup(tenantId, locked.keySet());
        return MergeView.of(merge, records, null);
    }

    private Client survivor(UUID tenantId, Client survivor, UUID survivorId) {
        if (survivor == null) {
            throw ClientProblems.notFound();
        }
        if (survivor.status() == ClientStatus.MERGED) {
            throw conflict(List.of(new MergeConflict(
                    "survivor_merged", "The survivor itself was merged into another client", survivorId)));
        }
        if (survivor.isDeleted()) {
            throw ClientProblems.notFound();
        }
        return survivor;
    }

    private void refuseConflicts(UUID tenantId, MergeRequest request, Client survivor, List<Client> merged) {
        List<MergeConflict> found = new ArrayList<>();
        for (int i = 0; i < merged.size(); i++) {
            Client c = merged.get(i);
            UUID id = request.clients().get(i);
            if (c == null) {
                found.add(new MergeConflict("client_not_found", "No client of this tenant has id " + id, id));
            } else if (c.status() == ClientStatus.MERGED) {
                found.add(new MergeConflict("already_merged", "Client " + c.number() + " is already merged", id));
            } else if (c.isDeleted()) {
                found.add(new MergeConflict("client_deleted", "Client " + c.number() + " is deleted", id));
            }
        }
        List<UUID> all = Stream.concat(Stream.of(survivor.id()), request.clients().stream())
                .toList();
        long openPlans = records.openPlans(tenantId, all);
        if (openPlans > 1) {
            found.add(new MergeConflict(
                    "open_payment_plans",
                    openPlans + " of these clients have an open payment plan; a client may have only one",
                    null));
        }
        if (!request.keep().containsKey("document")) {
            found.addAll(documentConflicts(survivor, merged));
        }
        if (!found.isEmpty()) {
            throw conflict(found);
        }
    }

    /** Two different documents of one country and type: only the caller can say which is the client's. */
    private static List<MergeConflict> documentConflicts(Client survivor, List<Client> merged) {
        Map<String, ClientDocument> seen = new LinkedHashMap<>();
        Set<String> reported = new java.util.HashSet<>();
        List<MergeConflict> found = new ArrayList<>();
        for (Client c : Stream.concat(Stream.of(survivor), merged.stream()).toList()) {
            ClientDocument d = c == null ? null : c.document();
            if (d == null || d.anonymous()) {
                continue;
            }
            String kind = d.country() + " " + d.type();
            ClientDocument first = seen.putIfAbsent(kind, d);
            if (first != null && !first.number().equals(d.number()) && reported.add(kind)) {
                found.add(new MergeConflict(
                        "different_documents",
                        "The clients hold different " + kind + " documents; name the one to keep in keep.document",
                        c.id()));
            }
        }
        return found;
    }

    private static ApiProblem conflict(List<MergeConflict> conflicts) {
        return new ApiProblem(
                ErrorCode.MERGE_CONFLICT,
                conflicts.size() == 1 ? conflicts.getFirst().message() : conflicts.size() + " things stand in the way",
                List.of(),
                Map.of("conflicts", conflicts));
    }

    /** One thing that stands in the way of a merge or its undo. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record MergeConflict(String code, String message, UUID clientId) {}
}
