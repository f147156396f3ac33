package dev.clientela.compat.facturacion;

import java.util.Map;
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
 * The Peruvian e-invoicing system's client API, under {@code /compat/facturacion-pe}. Deleting a
 * client deactivates it, so it needs the role that updates, not the one that deletes.
 */
@RestController
@RequestMapping(FacturacionDialect.BASE + "/api/v1/clients")
class FacturacionController {

    private final SunatClients clients;
    private final SunatDocumentTypes types;

    FacturacionController(SunatClients clients, SunatDocumentTypes types) {
        this.clients = clients;
        this.types = types;
    }

    @PostMapping
    @PreAuthorize("hasRole('OPERATOR')")
    ResponseEntity<Envelope> create(@RequestBody(required = false) JsonNode body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(Envelope.of(Messages.CREATED, clients.create(body)));
    }

    @GetMapping
    @PreAuthorize("hasRole('VIEWER')")
    Envelope.Listing list(@RequestParam Map<String, String> params) {
        return clients.list(ListRequest.of(params, types));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('VIEWER')")
    Envelope show(@PathVariable String id) {
        return Envelope.of(clients.find(id));
    }

    @RequestMapping(
            path = "/{id}",
            method = {RequestMethod.PUT, RequestMethod.PATCH})
    @PreAuthorize("hasRole('OPERATOR')")
    Envelope update(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
        return Envelope.of(Messages.UPDATED, clients.update(id, body));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('OPERATOR')")
    Envelope deactivate(@PathVariable String id) {
        clients.deactivate(id);
        return Envelope.of(Messages.DEACTIVATED);
    }

    @PostMapping("/{id}/activate")
    @PreAuthorize("hasRole('OPERATOR')")
    Envelope activate(@PathVariable String id) {
        return Envelope.of(Messages.ACTIVATED, clients.activate(id));
    }

    @PostMapping("/search-by-document")
    @PreAuthorize("hasRole('VIEWER')")
    Envelope searchByDocument(@RequestBody(required = false) JsonNode body) {
        return Envelope.of(clients.searchByDocument(body));
    }
}
