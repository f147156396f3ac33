package dev.clientela.compat.geotareas;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.clientela.client.Client;
import dev.clientela.client.ClientFinder;
import dev.clientela.client.ClientRegistry;
import dev.clientela.compat.ClientNumbers;
import dev.clientela.document.DocumentCatalog;
import dev.clientela.tenant.Tenant;
import dev.clientela.web.Page;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * GeoTareas' client API under {@code /compat/geotareas}, a client's id being its number. Reading
 * needs a VIEWER key (the seed's APICLI_CLIENTS_READ), writing an OPERATOR key (APICLI_CLIENTS_WRITE).
 */
@RestController
@RequestMapping(GeoTareasDialect.BASE + "/apidev/v1/clients")
class GeoClientsController {

    private static final String TENANT = "tenant";

    private final ClientRegistry registry;
    private final ClientFinder finder;
    private final TenantGate gate;
    private final DocumentCatalog catalog;

    GeoClientsController(ClientRegistry registry, ClientFinder finder, TenantGate gate, DocumentCatalog catalog) {
        this.registry = registry;
        this.finder = finder;
        this.gate = gate;
        this.catalog = catalog;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OPERATOR')")
    Envelope create(@RequestHeader(value = TENANT, required = false) String tenant, @RequestBody JsonNode body) {
        Tenant current = gate.write(tenant);
        Client client = registry.register(GeoClientFields.forCreate(body, current.country(), catalog))
                .client();
        return new Envelope(Map.of("id", String.valueOf(client.number())), null);
    }

    /** Partial: omitted fields are kept and null clears, as the seed documents. */
    @PutMapping("/{id}")
    @PreAuthorize("hasRole('OPERATOR')")
    Envelope update(
            @RequestHeader(value = TENANT, required = false) String tenant,
            @PathVariable String id,
            @RequestBody JsonNode body) {
        Tenant current = gate.write(tenant);
        Client stored = ClientNumbers.get(registry, id);
        GeoClientFields.Translation change =
                GeoClientFields.forUpdate(body, stored.document(), current.country(), catalog);
        registry.update(stored.id(), change.changes(), null);
        return new Envelope(new Updated(String.valueOf(stored.number()), change.updatedFields()), Map.of());
    }

    @GetMapping
    @PreAuthorize("hasRole('VIEWER')")
    Envelope list(
            @RequestHeader(value = TENANT, required = false) String tenant, @RequestParam Map<String, String> params) {
        gate.read(tenant);
        GeoListQuery query = GeoListQuery.read(params);
        Page<Client> page = finder.list(query.query());
        return new Envelope(
                page.data().stream().map(GeoClientJson::item).toList(),
                new Meta(page.total(), query.limit(), query.offset(), page.hasMore()));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('VIEWER')")
    Envelope get(@RequestHeader(value = TENANT, required = false) String tenant, @PathVariable String id) {
        gate.read(tenant);
        return new Envelope(GeoClientJson.detail(ClientNumbers.get(registry, id), catalog), Map.of());
    }

    /** The seed's answer: {@code {success, data, meta}}, a new client's without {@code meta}. */
    record Envelope(
            boolean success,
            Object data,
            @JsonInclude(JsonInclude.Include.NON_NULL) Object meta) {
        Envelope(Object data, Object meta) {
            this(true, data, meta);
        }
    }

    record Updated(String id, List<String> updatedFields) {}

    record Meta(Long total, int limit, int offset, boolean hasMore) {}
}
