package dev.clientela.client;

import dev.clientela.db.ActingTenant;
import dev.clientela.tenant.CurrentTenant;
import dev.clientela.web.ApiProblem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * after an import, when that is cheaper). Requests
 * read the pairs; none of them scans the clients.
 */
@Service
class DuplicateReport {

    /** Clients written by a transaction that began before a pass and committed after it are looked at again. */
    private static final Duration OVERLAP = Duration.ofMinutes(1);

    private final DuplicatePairs pairs;
    private final CurrentTenant current;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DuplicateReport(
            DuplicatePairs pairs, CurrentTenant current, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.pairs = pairs;
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

    /** Brings one tenant's pairs up to date; answers how many pairs it wrote. */
    int refresh(UUID tenantId) {
        return ActingTenant.as(
                tenantId,
                () -> transaction.execute(status -> {
                    pairs.lock(tenantId);
                    Instant started = pairs.now();
                    int written = pairs.scannedUntil(tenantId)
                            .filter(since -> !pairs.manyWrittenSince(tenantId, since))
                            .map(since -> pairs.refresh(tenantId, since))
                            .orElseGet(() -> pairs.rebuild(tenantId));
                    pairs.scanned(tenantId, started.minus(OVERLAP));
                    return written;
                }));
    }

    @Transactional(readOnly = true)
    List<DuplicateGroups.Group> groups() {
        return DuplicateGroups.of(pairs.open(current.id()));
    }

    /** Marks every pair of the group as different people; the group was read from the current report. */
    @Transactional
    DuplicateGroups.Group dismiss(UUID groupId) {
        UUID tenantId = current.id();
        DuplicateGroups.Group group = DuplicateGroups.of(pairs.open(tenantId)).stream()
                .filter(g -> g.groupId().equals(groupId))
                .findFirst()
                .orElseThrow(() -> ApiProblem.notFound("The duplicate group (the report may have changed since)"));
        List<DuplicatePairs.Member> members = group.clients();
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                pairs.dismiss(
                        tenantId,
                        members.get(i).clientId(),
                        members.get(j).clientId(),
                        current.caller().keyId());
            }
        }
        return group;
    }
}
