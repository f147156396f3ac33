package dev.clientela.compat.credith;

import dev.clientela.client.Client;
import dev.clientela.client.ClientFinder;
import dev.clientela.client.ClientNotFound;
import dev.clientela.client.ClientRegistry;
import dev.clientela.compat.ClientNumbers;
import dev.clientela.compat.ListParameters;
import dev.clientela.web.Page;
import java.util.List;
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

    /**
     * {@code limit} is 10 when absent, 0, negative or not a number, and at most 500; {@code offset} 0
     * when absent or not a number; {@code dni} exact. Ordered by name.
     */
    @GetMapping
    @PreAuthorize("hasRole('VIEWER')")
    Listing list(@RequestParam Map<String, String> params) {
        String dni = params.get("dni") == null || params.get("dni").isBlank()
                ? null
                : params.get("dni").strip();
        if (dni != null && dni.length() > CredithClientJson.MAX_DNI_OR_PHONE) {
            // longer than any Credith stored: held by no client
            return new Listing(0L, List.of());
        }
        int offset = Math.max(0, Math.min(ListParameters.number(params.get("offset"), 0), 100_000));
        Page<Client> page = finder.list(ListParameters.sortedBy("name")
                .page(ListParameters.limit(params.get("limit"), 10, 500), offset)
                .withTotal()
                .document(null, null, dni)
                .query());
        return new Listing(
                page.total(), page.data().stream().map(CredithClientJson::view).toList());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('VIEWER')")
    Map<String, Object> get(@PathVariable String id) {
        return CredithClientJson.view(registry.findLive(ClientNumbers.id(id)).orElseThrow(ClientNotFound::new));
    }

    @PostMapping
    @PreAuthorize("hasRole('OPERATOR')")
    ResponseEntity<Saved> create(@RequestBody JsonNode body) {
        Client client = registry.register(CredithClientJson.newClient(body)).client();
        return ResponseEntity.status(HttpStatus.CREATED).body(new Saved("Cliente creado correctamente", client));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('OPERATOR')")
    Saved update(@PathVariable String id, @RequestBody JsonNode body) {
        UUID clientId = registry.survivorOf(ClientNumbers.id(id));
        Client client =
                registry.update(clientId, CredithClientJson.patch(body), null).client();
        return new Saved("Cliente actualizado correctamente", client);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    Map<String, Object> delete(@PathVariable String id) {
        UUID clientId = registry.survivorOf(ClientNumbers.id(id));
        registry.delete(clientId, null);
        return Map.of("message", "Cliente eliminado correctamente");
    }

    record Listing(Long total, List<Map<String, Object>> data) {}

    /** A client created or updated, with Credith's message. */
    record Saved(String message, Map<String, Object> client) {
        Saved(String message, Client client) {
            this(message, CredithClientJson.view(client));
        }
    }
}
