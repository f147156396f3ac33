package dev.clientela.client;

import dev.clientela.tenant.CurrentTenant;
import dev.clientela.tenant.Tenant;
import dev.clientela.tenant.TenantDirectory;
import dev.clientela.web.ApiProblem;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The use cases of the client record, each all or nothing: one transaction each, except a create and
 * an update, whose every write is one statement that commits whole (the hot paths, one round trip
 * fewer for each of BEGIN and COMMIT).
 */
@Service
public class ClientRegistry {

    private final Clients clients;
    private final ClientComposition composition;
    private final TenantDirectory tenants;
    private final CurrentTenant current;
    private final List<ClientReferences> references;
    private final ClientTrail changes;
    private final ClientConflicts conflicts;
    private final ClientEvents events;
    private final TransactionTemplate onOneConnection;
    private final TransactionTemplate underLock;

    ClientRegistry(
            Clients clients,
            ClientComposition composition,
            TenantDirectory tenants,
            CurrentTenant current,
            List<ClientReferences> references,
            ClientTrail changes,
            ClientConflicts conflicts,
            ClientEvents events,
            PlatformTransactionManager transactions) {
        this.clients = clients;
        this.composition = composition;
        this.tenants = tenants;
        this.current = current;
        this.references = references;
        this.changes = changes;
        this.conflicts = conflicts;
        this.events = events;
        this.onOneConnection = new TransactionTemplate(transactions);
        this.onOneConnection.setPropagationBehavior(TransactionDefinition.PROPAGATION_SUPPORTS);
        this.underLock = new TransactionTemplate(transactions);
    }

    /**
     * One statement, so no transaction: the client, its number, words, audit row and event, and the
     * clients that may be the same holder, written and read at once ({@link Clients#insert}).
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Saved register(NewClient fields) {
        fields.checkComplete();
        Tenant tenant = tenants.current();
        ClientComposition.Composed composed = composition.compose(tenant, fields, null, true);
        Client client = composed.client();
        Clients.Written written = clients.insert(
                        tenant.id(),
                        client,
                        new Clients.Along(
                                changes.entry(current.caller(), "CREATE", null, client),
                                events.creation(client),
                                ClientConflicts.lookFor(tenant, composed.reading(), true)))
                .orElseThrow(() -> conflicts.conflictOf(tenant.id(), client));
        events.stored();
        return new Saved(written.client(), ClientConflicts.warnings(composed.reading(), written.candidates()));
    }

    /** One statement, so no transaction: a read costs one round trip (two when the client is gone). */
    public Client find(UUID id) {
        UUID tenantId = current.id();
        return clients.find(tenantId, id).orElseThrow(() -> gone(tenantId, id));
    }

    /**
     * The live client with this id, or the survivor it was merged into, if any; for features that
     * link records to clients and for the profiles, whose callers may still hold a merged id.
     */
    public Optional<Client> findLive(UUID id) {
        return clients.findFollowingMerge(current.id(), id);
    }

    /** The client that now stands for this id: its survivor when it was merged, else the id itself. */
    public UUID survivorOf(UUID id) {
        return clients.mergedInto(current.id(), id).orElse(id);
    }

    private ApiProblem gone(UUID tenantId, UUID id) {
        return clients.mergedInto(tenantId, id).map(ClientProblems::merged).orElseGet(ClientProblems::notFound);
    }

    /** These clients by id, deleted ones included: records that point to a client outlive its delete. */
    public Map<UUID, Client> findAny(Collection<UUID> ids) {
        Map<UUID, Client> found = new HashMap<>();
        clients.findAny(current.id(), List.copyOf(new LinkedHashSet<>(ids))).forEach(c -> found.put(c.id(), c));
        return found;
    }

    /** Every client, live or deleted, holding this document number, however it is typed. */
    @Transactional(readOnly = true)
    public List<UUID> holdersOfDocument(String typedNumber) {
        return clients.holdersOfNumber(current.id(), dev.clientela.document.DocumentCatalog.normalise(typedNumber));
    }

    @Transactional(readOnly = true)
    public Optional<Client> findByNumber(long number) {
        return clients.findByNumber(current.id(), number);
    }

    /**
     * Merges the changes in; {@code expectedVersion} (from If-Match) may be null. Two statements and no
     * transaction: the client is read, then written over the version read with all that goes with it
     * ({@link Clients#update}). When another write came in between, the change is made again over
     * what that one left, under the row's lock: the outcome is the one of waiting for that lock first.
     * The two share one connection, given back to the pool before the retry's transaction takes one:
     * a full pool never has an update waiting for a second connection while it holds a first.
     */
    public Saved update(UUID id, ClientChanges patch, Long expectedVersion) {
        Tenant tenant = tenants.current();
        return onOneConnection
                .execute(tx -> {
                    Client stored = clients.find(tenant.id(), id).orElseThrow(() -> gone(tenant.id(), id));
                    return change(tenant, checked(stored, expectedVersion), patch);
                })
                .orElseGet(() ->
                        underLock.execute(tx -> change(tenant, liveLocked(tenant.id(), id, expectedVersion), patch)
                                .orElseThrow()));
    }

    /** The change written over {@code stored}, or empty when the stored row is no longer that one. */
    private Optional<Saved> change(Tenant tenant, Client stored, ClientChanges patch) {
        patch.checkValid();
        NewClient fields = patch.applyTo(stored.editable());
        fields.checkComplete();
        if (fields.equals(stored.editable())) {
            // Nothing to change (an empty PUT of a profile, a patch of the values already stored):
            // no new version, no audit entry, no event.
            return Optional.of(new Saved(stored, List.of()));
        }
        boolean documentChanged = patch.touches("document");
        ClientComposition.Composed composed = composition.compose(tenant, fields, stored, documentChanged);
        Client changed = composed.client();
        if (!patch.gives("kind")) {
            ClientKind derived = composed.reading() != null ? composed.reading().kind() : ClientKind.PERSON;
            changed = changed.withKind(documentChanged ? derived : stored.kind());
        }
        if (changed.editable().equals(stored.editable())) {
            // Changes that compose back to the stored client (a null status is the default, ACTIVE,
            // of a client that is active): nothing to write either.
            return Optional.of(new Saved(stored, List.of()));
        }
        DocumentPolicy.Reading reading = documentChanged ? composed.reading() : null;
        boolean identityChanged = documentChanged || Identity.changed(stored, changed);
        boolean archived = stored.status() == ClientStatus.ACTIVE && changed.status() == ClientStatus.INACTIVE;
        Optional<Clients.Written> written;
        try {
            written = clients.update(
                    tenant.id(),
                    stored,
                    changed,
                    stored.version(),
                    ClientConflicts.documentLock(tenant.id(), stored, changed),
                    new Clients.Along(
                            changes.entry(current.caller(), archived ? "ARCHIVE" : "UPDATE", stored, changed),
                            events.change(stored, changed),
                            ClientConflicts.lookFor(tenant, reading, identityChanged)));
        } catch (DataIntegrityViolationException e) {
            throw conflicts.conflictOf(tenant.id(), changed, e);
        }
        written.ifPresent(w -> events.stored());
        return written.map(w ->
                new Saved(w.client(), identityChanged ? ClientConflicts.warnings(reading, w.candidates()) : List.of()));
    }

    /** Sets the client INACTIVE: kept and found, but no longer sold to on credit. */
    public Client archive(UUID id, Long expectedVersion) {
        return update(id, ClientChanges.status(ClientStatus.INACTIVE), expectedVersion)
                .client();
    }

    public Client activate(UUID id, Long expectedVersion) {
        return update(id, ClientChanges.status(ClientStatus.ACTIVE), expectedVersion)
                .client();
    }

    /** Soft delete: the client disappears from reads; everything that points to it stays. */
    @Transactional
    public void delete(UUID id, Long expectedVersion) {
        UUID tenantId = current.id();
        liveLocked(tenantId, id, expectedVersion);
        clients.markDeleted(tenantId, id).ifPresent(at -> {
            changes.recordDeletion(tenantId, current.caller(), "DELETE", id, null, at);
            clients.lock(tenantId, id).ifPresent(events::deleted);
        });
    }

    @Transactional
    public Client restore(UUID id) {
        UUID tenantId = current.id();
        Client stored = clients.lock(tenantId, id).orElseThrow(ClientProblems::notFound);
        if (stored.status() == ClientStatus.MERGED) {
            throw gone(tenantId, id);
        }
        if (!stored.isDeleted()) {
            return stored;
        }
        conflicts.serialise(tenantId, stored.document());
        conflicts.checkUnique(tenantId, stored);
        try {
            Client restored = clients.markRestored(tenantId, id);
            changes.recordDeletion(tenantId, current.caller(), "RESTORE", id, stored.deletedAt(), null);
            events.restored(restored);
            return restored;
        } catch (DataIntegrityViolationException e) {
            throw ClientConflicts.translate(e);
        }
    }

    /** Removes the row for good; refused while any record points to the client. */
    @Transactional
    public void purge(UUID id) {
        UUID tenantId = current.id();
        Client stored = clients.lock(tenantId, id).orElseThrow(ClientProblems::notFound);
        if (stored.status() == ClientStatus.MERGED) {
            throw gone(tenantId, id); // its row is what an undo of the merge puts back
        }
        Map<String, Long> records = new TreeMap<>();
        references.forEach(r -> r.count(tenantId, id).forEach((kind, n) -> {
            if (n > 0) {
                records.merge(kind, n, Long::sum);
            }
        }));
        if (!records.isEmpty()) {
            throw ClientProblems.hasRecords(records);
        }
        try {
            clients.purge(tenantId, id);
            changes.recordDeletion(tenantId, current.caller(), "PURGE", id, null, null);
            events.purged(stored);
        } catch (DataIntegrityViolationException e) {
            throw ClientProblems.hasRecords(Map.of());
        }
    }

    /** A client's audit trail, newest first; also for a deleted or purged client. */
    @Transactional(readOnly = true)
    public List<ClientTrail.Change> changes(UUID id, int limit, int offset) {
        UUID tenantId = current.id();
        List<ClientTrail.Change> trail = changes.list(tenantId, id, limit, offset);
        if (trail.isEmpty() && offset == 0 && !clients.exists(tenantId, id)) {
            throw ClientProblems.notFound();
        }
        return trail;
    }

    private Client liveLocked(UUID tenantId, UUID id, Long expectedVersion) {
        return checked(
                clients.lock(tenantId, id).filter(c -> !c.isDeleted()).orElseThrow(() -> gone(tenantId, id)),
                expectedVersion);
    }

    private static Client checked(Client stored, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != stored.version()) {
            throw ClientProblems.versionMismatch(stored.version());
        }
        return stored;
    }

    /** A client just written, and the warnings to show with it. */
    public record Saved(Client client, List<Warning> warnings) {}
}
