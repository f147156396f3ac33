package dev.clientela.compat.inventario;

import dev.clientela.client.Client;
import dev.clientela.client.ClientFinder;
import dev.clientela.client.ClientQuery;
import dev.clientela.client.ClientRegistry;
import dev.clientela.compat.ClientNumbers;
import dev.clientela.compat.ListParameters;
import dev.clientela.compat.Refusal;
import dev.clientela.document.DocumentCatalog;
import dev.clientela.history.ClientHistory;
import dev.clientela.web.ErrorCode;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The app's {@code /api/clientes}: bare Cliente records, numbered per tenant. There is no DELETE.
 * A list is searched by {@code busqueda} (or {@code q}) and holds {@code limite} clients: 200 when
 * absent, zero, negative or not a number, and at most 500. Newest first. A client's
 * {@code historial} is the client, its 20 newest sales (cancelled ones too), up to 10 pending
 * quotations, and how many sales and quotations point to it in all.
 */
@RestController
@RequestMapping(InventarioDialect.BASE + "/api/clientes")
class ClientesController {

    private final ClientRegistry registry;
    private final ClientFinder finder;
    private final DocumentCatalog catalog;
    private final ClientHistory history;

    ClientesController(ClientRegistry registry, ClientFinder finder, DocumentCatalog catalog, ClientHistory history) {
        this.registry = registry;
        this.finder = finder;
        this.catalog = catalog;
        this.history = history;
    }

    @GetMapping
    @PreAuthorize("hasRole('VIEWER')")
    List<Map<String, Object>> list(@RequestParam Map<String, String> params) {
        String search = params.containsKey("busqueda") ? params.get("busqueda") : params.get("q");
        ClientQuery query = ListParameters.sortedBy("-created_at")
                .search(search)
                .limit(ListParameters.limit(params.get("limite"), 200, 500))
                .query();
        return finder.list(query).data().stream().map(ClienteJson::view).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('VIEWER')")
    Map<String, Object> get(@PathVariable String id) {
        return ClienteJson.view(ClientNumbers.get(registry, id.strip()));
    }

    @GetMapping("/{id}/historial")
    @PreAuthorize("hasRole('VIEWER')")
    Map<String, Object> historial(@PathVariable String id) {
        return ClienteJson.historial(
                history.of(ClientNumbers.get(registry, id.strip()).id()));
    }

    @PostMapping
    @PreAuthorize("hasRole('OPERATOR')")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> create(@RequestBody JsonNode body) {
        return ClienteJson.view(
                registry.register(ClienteJson.newClient(body, catalog)).client());
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('OPERATOR')")
    Map<String, Object> update(@PathVariable String id, @RequestBody JsonNode body) {
        Client stored = ClientNumbers.get(registry, id.strip());
        return ClienteJson.view(Refusal.rewording(
                ErrorCode.DUPLICATE_DOCUMENT,
                "El documento ya está en uso",
                () -> registry.update(stored.id(), ClienteJson.patch(body, catalog), null)
                        .client()));
    }
}
