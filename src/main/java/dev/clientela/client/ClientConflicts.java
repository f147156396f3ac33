package dev.clientela.client;

import dev.clientela.db.Constraints;
import dev.clientela.tenant.DuplicateCheck;
import dev.clientela.tenant.Tenant;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * What may stand in a client's way: another live client with its document or external code, and
 * clients that may be the same holder under another document type.
 */
@Component
class ClientConflicts {

    private final ClientHolders clients;
    private final DuplicateCandidates candidates;

    ClientConflicts(ClientHolders clients, DuplicateCandidates candidates) {
        this.clients = clients;
        this.candidates = candidates;
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
     * Before an update of a live client: waits for and checks its document and external code, unless
     * neither changed, since the stored client already held them as a live client.
     */
    void guardChange(UUID tenantId, Client stored, Client changed) {
        if (sameDocument(stored.document(), changed.document())
                && Objects.equals(stored.externalCode(), changed.externalCode())) {
            return;
        }
        serialise(tenantId, changed.document());
        checkUnique(tenantId, changed);
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
     * The document's warnings, then up to five clients that may be the same holder, best first,
     * unless the tenant turned the duplicate check off. One query, whatever the reasons looked for.
     */
    List<Warning> warnings(Tenant tenant, Client saved, DocumentPolicy.Reading reading) {
        List<Warning> warnings = new ArrayList<>();
        if (reading != null) {
            warnings.addAll(reading.warnings());
        }
        if (tenant.settings().duplicateCheck() == DuplicateCheck.WARN) {
            List<ClientDocument> sameHolder =
                    reading == null || reading.document().anonymous() ? List.of() : reading.sameHolder();
            candidates.of(tenant.id(), saved.id(), sameHolder, 5).stream()
                    .map(Warning::possibleDuplicate)
                    .forEach(warnings::add);
        }
        return warnings;
    }
}
