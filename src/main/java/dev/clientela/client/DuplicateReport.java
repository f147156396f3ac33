package dev.clientela.client;

import dev.clientela.db.ActingTenant;
import dev.clientela.tenant.CurrentTenant;
import dev.clientela.web.ApiProblem;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tenant's duplicate report, kept in the background: a tenant's first pass pairs every client
 * (one hash join over the blocking keys), later passes only the clients written since (or all again
 * after an import, when that is cheaper); each pass then stores the groups the pairs make. Requests
 * read a page of the stored groups and the pairs of that page's clients; none of them scans the
 * clients or joins every pair into groups.
 */
@Service
public class DuplicateReport {

    /** Clients written by a transaction that began before a pass and committed after it are looked at again. */
    private static final Duration OVERLAP = Duration.ofMinutes(1);

    /** So many of a tenant's clients written since the clients table was last analysed, and half of them, call for an analysis. */
    private static final int STALE_STATISTICS = 10_000;

    private final DuplicatePairs pairs;
    private final List<BulkWriting> bulkWriting;
    private final ReportedGroups reported;
    private final CurrentTenant current;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DuplicateReport(
            DuplicatePairs pairs,
            List<BulkWriting> bulkWriting,
            ReportedGroups reported,
            CurrentTenant current,
            JdbcClient jdbc,
            PlatformTransactionManager transactions) {
        this.pairs = pairs;
        this.bulkWriting = bulkWriting;
        this.reported = reported;
        this.current = current;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(
            fixedDelayString = "${clientela.duplicates.scan-interval:PT30S}",
            initialDelayString = "${clientela.duplicates.scan-interval:PT30S}")
    void refreshAll() {
        List<UUID> tenants = jdbc.sql("select clientela_tenants_with_unscanned_clients()")
                .query(UUID.class)
                .list();
        tenants.forEach(this::refresh);
    }

    /**
     * Brings one tenant's pairs up to date; answers how many pairs it wrote. Waits, writing nothing,
     * while the tenant's clients are being written in bulk: a pass then would compete with the import
     * and the tenant's requests, and the pass after the import finds its clients in one build.
     */
    public int refresh(UUID tenantId) {
        return ActingTenant.as(tenantId, () -> writtenInBulk(tenantId) ? 0 : pass(tenantId));
    }

    private boolean writtenInBulk(UUID tenantId) {
        return bulkWriting.stream().anyMatch(w -> w.underway(tenantId));
    }

    private int pass(UUID tenantId) {
        // in a statement of its own, outside the pass: the analysis locks out other maintenance of the table
        pairs.freshenStatistics(tenantId, STALE_STATISTICS);
        return transaction.execute(status -> {
            pairs.lock(tenantId);
            Instant started = pairs.now();
            int written = pairs.scannedUntil(tenantId)
                    .filter(since -> !pairs.manyWrittenSince(tenantId, since))
                    .map(since -> pairs.refresh(tenantId, since))
                    .orElseGet(() -> pairs.rebuild(tenantId));
            pairs.scanned(tenantId, started.minus(OVERLAP));
            reported.rebuild(tenantId);
            return written;
        });
    }

    /**
     * A page of the report in the order the last pass stored it, each group as the open pairs of its
     * clients make it now: a client merged, deleted or dismissed since is never shown, and a group
     * that lost one is shown without it at its place until the next pass orders it again.
     */
    @Transactional(readOnly = true)
    public Groups page(int offset, int limit) {
        UUID tenantId = current.id();
        List<ReportedGroups.Stored> stored = reported.page(tenantId, offset, limit + 1);
        boolean more = stored.size() > limit;
        List<ReportedGroups.Stored> shown = more ? stored.subList(0, limit) : stored;
        return new Groups(asTheyAreNow(tenantId, shown), more, reported.count(tenantId));
    }

    /** One group of the report by its id, as its open pairs make it now. */
    @Transactional(readOnly = true)
    public DuplicateGroups.Group group(UUID groupId) {
        return find(current.id(), groupId).orElseThrow(DuplicateReport::noLongerReported);
    }

    /** Marks every pair of the group as different people; the group was read from the current report. */
    @Transactional
    public DuplicateGroups.Group dismiss(UUID groupId) {
        UUID tenantId = current.id();
        pairs.lock(tenantId);
        DuplicateGroups.Group group = find(tenantId, groupId).orElseThrow(DuplicateReport::noLongerReported);
        List<DuplicateGroups.Member> members = group.clients();
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                pairs.dismiss(
                        tenantId,
                        members.get(i).clientId(),
                        members.get(j).clientId(),
                        current.caller().keyId(),
                        current.caller().userId());
            }
        }
        regroup(tenantId, members.stream().map(DuplicateGroups.Member::clientId).toList());
        return group;
    }

    /**
     * Pairs again the clients an undo brought back, and regroups them with the groups of the clients
     * they are paired with now.
     */
    void restored(UUID tenantId, Collection<UUID> clients) {
        pairs.pairAgain(tenantId, clients);
        Set<UUID> reached = new HashSet<>(clients);
        pairs.openTouching(tenantId, clients).forEach(p -> {
            reached.add(p.a().clientId());
            reached.add(p.b().clientId());
        });
        regroup(tenantId, reached);
    }

    /**
     * Stores again the groups holding these clients, as the open pairs among their clients make them
     * now, after a merge, its undo or a dismissal changed which pairs are open. Skipped while a pass
     * holds the report: a merge does not wait for a tenant's first build, and what a page shows is
     * checked against the open pairs anyway.
     */
    void regroup(UUID tenantId, Collection<UUID> clients) {
        if (!pairs.tryLock(tenantId)) {
            return;
        }
        Set<UUID> members = new HashSet<>(clients);
        List<ReportedGroups.Stored> holding = reported.holding(tenantId, clients);
        holding.forEach(g -> members.addAll(g.members()));
        List<DuplicatePairs.Pair> among = pairs.openTouching(tenantId, members).stream()
                .filter(p -> members.contains(p.a().clientId()) && members.contains(p.b().clientId()))
                .toList();
        reported.delete(
                tenantId, holding.stream().map(ReportedGroups.Stored::id).toList());
        reported.insert(tenantId, DuplicateGroups.of(among));
    }

    private Optional<DuplicateGroups.Group> find(UUID tenantId, UUID groupId) {
        return reported.find(tenantId, groupId)
                .flatMap(stored -> asTheyAreNow(tenantId, List.of(stored)).stream()
                        .filter(g -> g.groupId().equals(groupId))
                        .findFirst());
    }

    /**
     * The groups the open pairs within each of these stored groups make now, each where its stored
     * group stood (a pair to a client of another group was left out of both by the pass).
     */
    private List<DuplicateGroups.Group> asTheyAreNow(UUID tenantId, List<ReportedGroups.Stored> stored) {
        if (stored.isEmpty()) {
            return List.of();
        }
        Map<UUID, Integer> place = new HashMap<>();
        for (int i = 0; i < stored.size(); i++) {
            for (UUID member : stored.get(i).members()) {
                place.putIfAbsent(member, i);
            }
        }
        List<DuplicatePairs.Pair> within = pairs.openTouching(tenantId, place.keySet()).stream()
                .filter(p -> Objects.equals(place.get(p.a().clientId()), place.get(p.b().clientId())))
                .toList();
        return DuplicateGroups.of(within).stream()
                .sorted(Comparator.comparingInt(g -> g.clients().stream()
                        .map(m -> place.getOrDefault(m.clientId(), Integer.MAX_VALUE))
                        .min(Integer::compare)
                        .orElseThrow()))
                .toList();
    }

    private static ApiProblem noLongerReported() {
        return ApiProblem.notFound("The duplicate group (the report may have changed since)");
    }

    /** A page of the report; {@code total} counts the groups the last pass stored. */
    public record Groups(List<DuplicateGroups.Group> groups, boolean hasMore, long total) {}
}
