package dev.clientela.compat.facturacion;

import dev.clientela.client.Client;
import dev.clientela.client.ClientFinder;
import dev.clientela.client.ClientInput;
import dev.clientela.client.ClientQuery;
import dev.clientela.client.ClientRegistry;
import dev.clientela.compat.ClientNumbers;
import dev.clientela.compat.Refusal;
import dev.clientela.tenant.Tenant;
import dev.clientela.tenant.TenantDirectory;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import dev.clientela.web.Page;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The e-invoicing system's client operations, each one call to the registry or the finder of the
 * caller's tenant, which is the system's company.
 */
@Component
class SunatClients {

    private final ClientRegistry registry;
    private final ClientFinder finder;
    private final TenantDirectory tenants;
    private final SunatDocumentTypes types;

    SunatClients(ClientRegistry registry, ClientFinder finder, TenantDirectory tenants, SunatDocumentTypes types) {
        this.registry = registry;
        this.finder = finder;
        this.tenants = tenants;
        this.types = types;
    }

    SunatClient create(JsonNode body) {
        ClientRequest request = ClientRequest.forCreate(body, types);
        Tenant company = company(request.companyId());
        Client created = refusingDuplicates(
                () -> registry.register(ClientInput.newClient(request.canonical()))
                        .client(),
                Refusals.duplicate());
        return SunatClient.of(created, company, types);
    }

    SunatClient find(String id) {
        return SunatClient.of(byNumber(id), tenants.current(), types);
    }

    SunatClient update(String id, JsonNode body) {
        Client stored = byNumber(id);
        ClientRequest request = ClientRequest.forUpdate(body, types);
        Tenant company = company(request.companyId());
        return SunatClient.of(change(stored, request.canonical(), Refusals.duplicateOnUpdate()), company, types);
    }

    /** Deleting a client deactivates it: it stays listed, with {@code activo} false. */
    void deactivate(String id) {
        Client stored = byNumber(id);
        refusingDuplicates(() -> registry.archive(stored.id(), null), Refusals.duplicateOnUpdate());
    }

    SunatClient activate(String id) {
        Client stored = byNumber(id);
        return SunatClient.of(
                refusingDuplicates(() -> registry.activate(stored.id(), null), Refusals.duplicateOnUpdate()),
                tenants.current(),
                types);
    }

    Envelope.Listing list(ListRequest request) {
        Tenant company = company(request.companyId());
        Page<Client> page = finder.list(ClientQuery.read(request.canonical()));
        long total = page.total() == null ? 0 : page.total();
        long lastPage = Math.max(1, (total + ListRequest.PER_PAGE - 1) / ListRequest.PER_PAGE);
        return new Envelope.Listing(
                true,
                request.beyondLastPage()
                        ? List.of()
                        : page.data().stream()
                                .map(c -> SunatClient.of(c, company, types))
                                .toList(),
                new Envelope.Meta(total, ListRequest.PER_PAGE, request.page(), lastPage));
    }

    /** The active client of the company with this SUNAT document. */
    SunatClient searchByDocument(JsonNode body) {
        FieldRules in = FieldRules.of(body);
        Long companyId = in.integer("company_id");
        String code = in.choice("tipo_documento", SunatDocumentTypes.CODES, true);
        String number = in.text("numero_documento", 20, true);
        in.throwIfInvalid();
        Tenant company = company(companyId);
        Page<Client> found = finder.list(ClientQuery.read(Map.of(
                "document_country",
                SunatDocumentTypes.PERU,
                "document_type",
                types.typeOf(code),
                "document_number",
                number,
                "status",
                "ACTIVE",
                "limit",
                "1")));
        return found.data().stream()
                .findFirst()
                .map(c -> SunatClient.of(c, company, types))
                .orElseThrow(Refusals::clientNotFound);
    }

    /** The caller's company, which a request may name by its number; any other is unknown. */
    private Tenant company(Long companyId) {
        Tenant own = tenants.current();
        if (companyId != null && companyId != own.number()) {
            throw Refusals.unknownCompany();
        }
        return own;
    }

    private Client byNumber(String id) {
        return ClientNumbers.find(registry, id).orElseThrow(Refusals::clientNotFound);
    }

    private Client change(Client stored, JsonNode patch, Refusal duplicate) {
        return refusingDuplicates(
                () -> registry.update(stored.id(), ClientInput.changes(patch), null)
                        .client(),
                duplicate);
    }

    private static Client refusingDuplicates(Supplier<Client> write, Refusal duplicate) {
        try {
            return write.get();
        } catch (ApiProblem problem) {
            if (problem.code() == ErrorCode.DUPLICATE_DOCUMENT) {
                throw duplicate;
            }
            throw problem;
        }
    }
}
