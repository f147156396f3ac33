package dev.clientela.compat.geotareas;

import dev.clientela.client.Client;
import dev.clientela.client.ClientFinder;
import dev.clientela.client.ClientRegistry;
import dev.clientela.compat.ClientNumbers;
import dev.clientela.document.DocumentCatalog;
import dev.clientela.tenant.Tenant;
import dev.clientela.web.JsonNodes;
import dev.clientela.web.Page;
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
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * GeoTareas' client API under {@code /compat/geotareas}. Reading needs a VIEWER key (the seed's
 * APICLI_CLIENTS_READ), writing an OPERATOR key (APICLI_CLIENTS_WRITE).
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
    ObjectNode create(@RequestHeader(value = TENANT, required = false) String tenant, @RequestBody JsonNode body) {
        Tenant current = gate.write(tenant);
        Client client = registry.register(GeoClientFields.forCreate(body, current.country(), catalog))
                .client();
        ObjectNode data = JsonNodes.object();
        data.put("id", String.valueOf(client.number()));
        return envelope(data, null);
    }

    /** Partial: omitted fields are kept and null clears, as the seed documents. */
    @PutMapping("/{id}")
    @PreAuthorize("hasRole('OPERATOR')")
    ObjectNode update(
            @RequestHeader(value = TENANT, required = false) String tenant,
            @PathVariable String id,
            @RequestBody JsonNode body) {
        Tenant current = gate.write(tenant);
        Client stored = stored(id);
        GeoClientFields.Translation change =
                GeoClientFields.forUpdate(body, stored.document(), current.country(), catalog);
        registry.update(stored.id(), change.changes(), null);
        ObjectNode data = JsonNodes.object();
        data.put("id", String.valueOf(stored.number()));
        ArrayNode updated = data.putArray("updated_fields");
        change.updatedFields().forEach(updated::add);
        return envelope(data, JsonNodes.object());
    }

    @GetMapping
    @PreAuthorize("hasRole('VIEWER')")
    ObjectNode list(
            @RequestHeader(value = TENANT, required = false) String tenant, @RequestParam Map<String, String> params) {
        gate.read(tenant);
        GeoListQuery query = GeoListQuery.read(params);
        Page<Client> page = finder.list(query.query());
        ObjectNode meta = JsonNodes.object();
        meta.put("total", page.total());
        meta.put("limit", query.limit());
        meta.put("offset", query.offset());
        meta.put("has_more", page.hasMore());
        ArrayNode items = JsonNodes.object().arrayNode();
        page.data().forEach(client -> items.add(GeoClientJson.item(client)));
        return envelope(items, meta);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('VIEWER')")
    ObjectNode get(@RequestHeader(value = TENANT, required = false) String tenant, @PathVariable String id) {
        gate.read(tenant);
        return envelope(GeoClientJson.detail(stored(id), catalog), JsonNodes.object());
    }

    /** Ids are the client's number; anything else is not found. */
    private Client stored(String id) {
        return ClientNumbers.get(registry, id);
    }

    private static ObjectNode envelope(JsonNode data, ObjectNode meta) {
        ObjectNode body = JsonNodes.object();
        body.put("success", true);
        body.set("data", data);
        if (meta != null) {
            body.set("meta", meta);
        }
        return body;
    }
}
