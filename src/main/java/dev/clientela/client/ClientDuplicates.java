package dev.clientela.client;

import dev.clientela.tenant.DocumentValidation;
import dev.clientela.tenant.TenantDirectory;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clients that may be the same holder as one stored client: the write-time check, asked later. */
@Service
public class ClientDuplicates {

    static final int MOST = 20;

    private final ClientRegistry registry;
    private final DuplicateCandidates candidates;
    private final DocumentPolicy documents;
    private final TenantDirectory tenants;

    ClientDuplicates(
            ClientRegistry registry,
            DuplicateCandidates candidates,
            DocumentPolicy documents,
            TenantDirectory tenants) {
        this.registry = registry;
        this.candidates = candidates;
        this.documents = documents;
        this.tenants = tenants;
    }

    @Transactional(readOnly = true)
    public List<Warning> of(UUID clientId) {
        Client client = registry.find(clientId);
        ClientDocument d = client.document();
        List<ClientDocument> sameHolder = d == null || d.anonymous()
                ? List.of()
                : documents
                        .read(
                                new NewClient.TypedDocument(d.country(), d.type(), d.number(), null),
                                tenants.current().country(),
                                DocumentValidation.OFF)
                        .sameHolder();
        return candidates.of(tenants.current().id(), clientId, sameHolder, MOST).stream()
                .map(Warning::possibleDuplicate)
                .toList();
    }
}
