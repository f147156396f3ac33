package dev.clientela.compat.facturacion;

import dev.clientela.client.Client;
import dev.clientela.client.ClientFinder;
import dev.clientela.client.ClientNotFound;
import dev.clientela.client.ClientRegistry;
import dev.clientela.client.ClientStatus;
import dev.clientela.compat.ClientNumbers;
import dev.clientela.compat.ListParameters;
import dev.clientela.compat.Refusal;
import dev.clientela.tenant.Tenant;
import dev.clientela.tenant.TenantDirectory;
import dev.clientela.web.ErrorCode;
import dev.clientela.web.Page;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The Peruvian e-invoicing system's client API, under {@code /compat/facturacion-pe}, on the
 * clients of the caller's tenant, which is the system's company. Deleting a client deactivates it,
 * so it needs the role that updates, not the one that deletes.
 */
@RestController
@RequestMapping(FacturacionDialect.BASE + "/api/v1/clients")
class FacturacionController {

    private final ClientRegistry registry;
    private final ClientFinder finder;
    private final TenantDirectory tenants;
    private final SunatDocumentTypes types;

    FacturacionController(
            ClientRegistry registry, ClientFinder finder, TenantDirectory tenants, SunatDocumentTypes types) {
        this.registry = registry;
        this.finder = finder;
        this.tenants = tenants;
        this.types = types;
    }

    @PostMapping
    @PreAuthorize("hasRole('OPERATOR')")
    ResponseEntity<Envelope> create(@RequestBody(required = false) JsonNode body) {
        ClientRequest request = ClientRequest.forCreate(body, types);
        Tenant company = company(request.companyId());
        // A duplicate is the dialect's 400 with the system's message for a new client.
        Client created = registry.register(request.form().newClient()).client();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Envelope.of(Messages.CREATED, SunatClient.of(created, company, types)));
    }

    @GetMapping
    @PreAuthorize("hasRole('VIEWER')")
    Envelope.Listing list(@RequestParam Map<String, String> params) {
        ListRequest request = ListRequest.of(params, types);
        Tenant company = company(request.companyId());
        Page<Client> page = finder.list(request.listing().query());
        long total = page.total() == null ? 0 : page.total();
        long lastPage = Math.max(1, (total + ListRequest.PER_PAGE - 1) / ListRequest.PER_PAGE);
        List<SunatClient> clients = request.beyondLastPage()
                ? List.of()
                : page.data().stream()
                        .map(c -> SunatClient.of(c, company, types))
                        .toList();
        return new Envelope.Listing(
                true, clients, new Envelope.Meta(total, ListRequest.PER_PAGE, request.page(), lastPage));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('VIEWER')")
    Envelope show(@PathVariable String id) {
        return Envelope.of(SunatClient.of(ClientNumbers.get(registry, id), tenants.current(), types));
    }

    @RequestMapping(
            path = "/{id}",
            method = {RequestMethod.PUT, RequestMethod.PATCH})
    @PreAuthorize("hasRole('OPERATOR')")
    Envelope update(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
        Client stored = ClientNumbers.get(registry, id);
        ClientRequest request = ClientRequest.forUpdate(body, types);
        Tenant company = company(request.companyId());
        Client changed = refusingDuplicates(() ->
                registry.update(stored.id(), request.form().changes(), null).client());
        return Envelope.of(Messages.UPDATED, SunatClient.of(changed, company, types));
    }

    /** Deleting a client deactivates it: it stays listed, with {@code activo} false. */
    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('OPERATOR')")
    Envelope deactivate(@PathVariable String id) {
        Client stored = ClientNumbers.get(registry, id);
        refusingDuplicates(() -> registry.archive(stored.id(), null));
        return Envelope.of(Messages.DEACTIVATED);
    }

    @PostMapping("/{id}/activate")
    @PreAuthorize("hasRole('OPERATOR')")
    Envelope activate(@PathVariable String id) {
        Client stored = ClientNumbers.get(registry, id);
        Client active = refusingDuplicates(() -> registry.activate(stored.id(), null));
        return Envelope.of(Messages.ACTIVATED, SunatClient.of(active, tenants.current(), types));
    }

    /** The active client of the company with this SUNAT document. */
    @PostMapping("/search-by-document")
    @PreAuthorize("hasRole('VIEWER')")
    Envelope searchByDocument(@RequestBody(required = false) JsonNode body) {
        FieldRules in = FieldRules.of(body);
        Long companyId = in.integer("company_id");
        String code = in.choice("tipo_documento", SunatDocumentTypes.CODES, true);
        String number = in.text("numero_documento", 20, true);
        in.throwIfInvalid();
        Tenant company = company(companyId);
        Page<Client> found = finder.list(ListParameters.sortedBy(null)
                .document(SunatDocumentTypes.PERU, types.typeOf(code), number)
                .status(ClientStatus.ACTIVE)
                .limit(1)
                .query());
        return Envelope.of(found.data().stream()
                .findFirst()
                .map(c -> SunatClient.of(c, company, types))
                .orElseThrow(ClientNotFound::new));
    }

    /** The caller's company, which a request may name by its number; any other is unknown. */
    private Tenant company(Long companyId) {
        Tenant own = tenants.current();
        if (companyId != null && companyId != own.number()) {
            throw new Refusal(ErrorCode.NOT_FOUND, Messages.UNKNOWN_COMPANY);
        }
        return own;
    }

    /** A duplicate met while changing a client is told apart from one met registering it. */
    private static <T> T refusingDuplicates(Supplier<T> write) {
        return Refusal.rewording(ErrorCode.DUPLICATE_DOCUMENT, Messages.DUPLICATE_ON_UPDATE, write);
    }
}
