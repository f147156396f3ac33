package dev.clientela.compat.credith;

import dev.clientela.client.Client;
import dev.clientela.client.ClientFinder;
import dev.clientela.client.ClientInput;
import dev.clientela.client.ClientQuery;
import dev.clientela.client.ClientRegistry;
import dev.clientela.web.Page;
import dev.clientela.web.PathIds;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Credith's {@code /api/clients}, on the tenant's clients. */
@RestController
@RequestMapping(CredithDialect.BASE + "/api/clients")
class CredithClientController {

    private final ClientRegistry registry;
    private final ClientFinder finder;

    CredithClientController(ClientRegistry registry, ClientFinder finder) {
        this.registry = registry;
        this.finder = finder;
    }

    @GetMapping
    @PreAuthorize("hasRole('VIEWER')")
    Map<String, Object> list(@RequestParam Map<String, String> params) {
        CredithListing listing = CredithListing.read(params);
        if (listing.matchesNothing()) {
            return listing.empty();
        }
        Page<Client> page = finder.list(ClientQuery.read(listing.canonical()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", page.total());
        body.put("data", page.data().stream().map(CredithClientJson::view).toList());
        return body;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('VIEWER')")
    Map<String, Object> get(@PathVariable String id) {
        return CredithClientJson.view(registry.findLive(PathIds.uuid(id, CredithRefusal::clientNotFound))
                .orElseThrow(CredithRefusal::clientNotFound));
    }

    @PostMapping
    @PreAuthorize("hasRole('OPERATOR')")
    ResponseEntity<Map<String, Object>> create(@RequestBody JsonNode body) {
        Client client = registry.register(ClientInput.newClient(CredithClientJson.newClient(body)))
                .client();
        return ResponseEntity.status(HttpStatus.CREATED).body(saved("Cliente creado correctamente", client));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('OPERATOR')")
    Map<String, Object> update(@PathVariable String id, @RequestBody JsonNode body) {
        UUID clientId = PathIds.uuid(id, CredithRefusal::clientNotFound);
        Client client = registry.update(clientId, ClientInput.changes(CredithClientJson.patch(body)), null)
                .client();
        return saved("Cliente actualizado correctamente", client);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    Map<String, Object> delete(@PathVariable String id) {
        UUID clientId = PathIds.uuid(id, CredithRefusal::clientNotFound);
        registry.delete(clientId, null);
        return Map.of("message", "Cliente eliminado correctamente");
    }

    private static Map<String, Object> saved(String message, Client client) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message);
        body.put("client", CredithClientJson.view(client));
        return body;
    }
}
