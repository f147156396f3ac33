package dev.clientela.client;

import dev.clientela.db.Constraints;
import dev.clientela.tenant.DuplicateCheck;
import dev.clientela.tenant.Tenant;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What may stand in a client's way: another live client with its document or external code, and
 * clients that may be the same holder under another document type.
 */
@Component
class ClientConflicts {

    private final ClientHolders clients;

    ClientConflicts(ClientHolders clients) {
        this.clients = clients;
    }

    /**
     * Updates and restores that bring the same document wait for each other here, so the later one
     * finds the earlier one's client (and names it) instead of running into the unique index.
     */
    void serialise(UUID tenantId, ClientDocument d) {
        if (d != null && !d.anonymous()) {
            clients.lockDocument(tenantId, d);
        }
    }

    /**
     * The lock an update must take to bring {@code changed}'s document ({@link ClientHolders#lockName}),
     * or null when it keeps the document it had, which it then already held as a live client.
     */
    static String documentLock(UUID tenantId, Client stored, Client changed) {
        return sameDocument(stored.document(), changed.document())
                ? null
                : ClientHolders.lockName(tenantId, changed.document());
    }

    private static boolean sameDocument(ClientDocument a, ClientDocument b) {
        return a == null || b == null
                ? a == b
                : a.country().equals(b.country())
                        && a.type().equals(b.type())
                        && a.number().equals(b.number())
                        && a.anonymous() == b.anonymous();
    }

    void checkUnique(UUID tenantId, Client c) {
        ClientDocument d = c.document();
        if (d != null && !d.anonymous()) {
            clients.holderOf(tenantId, d.country(), d.type(), d.number(), c.id())
                    .ifPresent(existing -> {
                        throw ClientProblems.duplicateDocument(existing);
                    });
        }
        if (c.externalCode() != null) {
            clients.withExternalCode(tenantId, c.externalCode(), c.id()).ifPresent(existing -> {
                throw ClientProblems.duplicateExternalCode(existing);
            });
        }
    }

    ApiProblem conflictOf(UUID tenantId, Client c) {
        try {
            checkUnique(tenantId, c);
        } catch (ApiProblem problem) {
            return problem;
        }
        return new ApiProblem(ErrorCode.CONFLICT, "The client conflicts with another record; retry");
    }

    /**
     * The refusal of a write that ran into a unique index: the holder it ran into, named, when the
     * write was a statement of its own (the holder has committed by then, and a new statement sees it),
     * or only the constraint's code inside a transaction, which the violation has ended.
     */
    ApiProblem conflictOf(UUID tenantId, Client c, DataIntegrityViolationException e) {
        ApiProblem translated = translate(e);
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return translated;
        }
        ApiProblem named = conflictOf(tenantId, c);
        return named.code() == ErrorCode.CONFLICT ? translated : named;
    }

    static ApiProblem translate(DataIntegrityViolationException e) {
        String constraint = Constraints.violated(e).orElse("");
        return switch (constraint) {
            case "clients_document_key" ->
                new ApiProblem(
                        ErrorCode.DUPLICATE_DOCUMENT,
                        "A live client of this tenant already has this identity document");
            case "clients_external_code_key" ->
                new ApiProblem(
                        ErrorCode.DUPLICATE_EXTERNAL_CODE,
                        "A live client of this tenant already has this external code");
            default -> throw e;
        };
    }

    /**
     * The parameters of {@link DuplicateCandidates#AFTER_WRITTEN} for a client written with this
     * reading of its document (null when its document was not read): up to five clients that may be the
     * same holder when {@code identityChanged}, unless the tenant turned the duplicate check off.
     */
    static Map<String, Object> lookFor(Tenant tenant, DocumentPolicy.Reading reading, boolean identityChanged) {
        List<ClientDocument> sameHolder =
                reading == null || reading.document().anonymous() ? List.of() : reading.sameHolder();
        return DuplicateCandidates.params(
                identityChanged && tenant.settings().duplicateCheck() == DuplicateCheck.WARN, sameHolder, 5);
    }

    /** The document's warnings, then the clients that may be the same holder, best first. */
    static List<Warning> warnings(DocumentPolicy.Reading reading, List<DuplicateCandidates.Candidate> candidates) {
        List<Warning> warnings = new ArrayList<>();
        if (reading != null) {
            warnings.addAll(reading.warnings());
        }
        candidates.stream().map(Warning::possibleDuplicate).forEach(warnings::add);
        return warnings;
    }
}
