package dev.clientela.compat.credith;

import dev.clientela.client.Client;
import dev.clientela.client.ClientFinder;
import dev.clientela.client.ClientNotFound;
import dev.clientela.client.ClientRegistry;
import dev.clientela.compat.ClientNumbers;
import dev.clientela.compat.ListParameters;
import dev.clientela.web.Page;
import java.util.LinkedHashMap;
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
    Map<String, Object> list(@RequestParam Map<String, String> params) {
        String dni = params.get("dni") == null || params.get("dni").isBlank()
                ? null
                : params.get("dni").strip();
        Map<String, Object> body = new LinkedHashMap<>();
        if (dni != null && dni.length() > CredithFields.MAX_DNI_OR_PHONE) {
            // longer than any Credith stored: held by no client
            body.put("total", 0);
            body.put("data", List.of());
            return body;
        }
        int offset = Math.max(0, Math.min(ListParameters.number(params.get("offset"), 0), 100_000));
        Page<Client> page = finder.list(ListParameters.sortedBy("name")
                .page(ListParameters.limit(params.get("limit"), 10, 500), offset)
                .withTotal()
                .document(null, null, dni)
                .query());
        body.put("total", page.total());
        body.put("data", page.data().stream().map(CredithClientJson::view).toList());
        return body;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('VIEWER')")
    Map<String, Object> get(@PathVariable String id) {
        return CredithClientJson.view(registry.findLive(ClientNumbers.id(id)).orElseThrow(ClientNotFound::new));
    }

    @PostMapping
    @PreAuthorize("hasRole('OPERATOR')")
    ResponseEntity<Map<String, Object>> create(@RequestBody JsonNode body) {
        Client client = registry.register(CredithClientJson.newClient(body)).client();
        return ResponseEntity.status(HttpStatus.CREATED).body(saved("Cliente creado correctamente", client));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('OPERATOR')")
    Map<String, Object> update(@PathVariable String id, @RequestBody JsonNode body) {
        UUID clientId = registry.survivorOf(ClientNumbers.id(id));
        Client client =
                registry.update(clientId, CredithClientJson.patch(body), null).client();
        return saved("Cliente actualizado correctamente", client);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    Map<String, Object> delete(@PathVariable String id) {
        UUID clientId = registry.survivorOf(ClientNumbers.id(id));
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
