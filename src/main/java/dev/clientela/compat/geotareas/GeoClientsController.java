package dev.clientela.compat.geotareas;

import dev.clientela.client.Client;
import dev.clientela.client.ClientFinder;
import dev.clientela.client.ClientRegistry;
import dev.clientela.compat.ClientNumbers;
import dev.clientela.document.DocumentCatalog;
import dev.clientela.tenant.Tenant;
import dev.clientela.web.Page;
import java.util.LinkedHashMap;
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
    Map<String, Object> create(
            @RequestHeader(value = TENANT, required = false) String tenant, @RequestBody JsonNode body) {
        Tenant current = gate.write(tenant);
        Client client = registry.register(GeoClientFields.forCreate(body, current.country(), catalog))
                .client();
        return envelope(Map.of("id", String.valueOf(client.number())), null);
    }

    /** Partial: omitted fields are kept and null clears, as the seed documents. */
    @PutMapping("/{id}")
    @PreAuthorize("hasRole('OPERATOR')")
    Map<String, Object> update(
            @RequestHeader(value = TENANT, required = false) String tenant,
            @PathVariable String id,
            @RequestBody JsonNode body) {
        Tenant current = gate.write(tenant);
        Client stored = ClientNumbers.get(registry, id);
        GeoClientFields.Translation change =
                GeoClientFields.forUpdate(body, stored.document(), current.country(), catalog);
        registry.update(stored.id(), change.changes(), null);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", String.valueOf(stored.number()));
        data.put("updated_fields", change.updatedFields());
        return envelope(data, Map.of());
    }

    @GetMapping
    @PreAuthorize("hasRole('VIEWER')")
    Map<String, Object> list(
            @RequestHeader(value = TENANT, required = false) String tenant, @RequestParam Map<String, String> params) {
        gate.read(tenant);
        GeoListQuery query = GeoListQuery.read(params);
        Page<Client> page = finder.list(query.query());
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("total", page.total());
        meta.put("limit", query.limit());
        meta.put("offset", query.offset());
        meta.put("has_more", page.hasMore());
        return envelope(page.data().stream().map(GeoClientJson::item).toList(), meta);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('VIEWER')")
    Map<String, Object> get(@RequestHeader(value = TENANT, required = false) String tenant, @PathVariable String id) {
        gate.read(tenant);
        return envelope(GeoClientJson.detail(ClientNumbers.get(registry, id), catalog), Map.of());
    }

    /** The seed's answer: {@code {success, data, meta}}, a new client's without {@code meta}. */
    private static Map<String, Object> envelope(Object data, Map<String, Object> meta) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", true);
        body.put("data", data);
        if (meta != null) {
            body.put("meta", meta);
        }
        return body;
    }
}
