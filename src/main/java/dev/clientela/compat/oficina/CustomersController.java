package dev.clientela.compat.oficina;

import dev.clientela.client.Client;
import dev.clientela.client.ClientRegistry;
import dev.clientela.compat.ClientNumbers;
import dev.clientela.document.DocumentCatalog;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** La Oficina Nítida's billing customers, mounted under {@code /compat/oficina}. */
@RestController
@RequestMapping(OficinaDialect.BASE + "/billing/customers")
class CustomersController {

    private final ClientRegistry registry;
    private final CustomerBook book;
    private final DocumentCatalog catalog;

    CustomersController(ClientRegistry registry, CustomerBook book, DocumentCatalog catalog) {
        this.registry = registry;
        this.book = book;
        this.catalog = catalog;
    }

    @GetMapping
    @PreAuthorize("hasRole('VIEWER')")
    void list(@RequestParam(value = "search", required = false) String search, HttpServletResponse response)
            throws IOException {
        CustomerBook.Listing listing = book.open(search);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        listing.writeTo(response.getOutputStream());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OPERATOR')")
    ObjectNode create(@RequestBody JsonNode body) {
        return CustomerJson.of(
                registry.register(CustomerFields.forCreate(body, catalog)).client(), catalog);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('VIEWER')")
    ObjectNode get(@PathVariable String id) {
        return CustomerJson.of(registry.find(registry.survivorOf(ClientNumbers.id(id))), catalog);
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasRole('OPERATOR')")
    ObjectNode update(@PathVariable String id, @RequestBody JsonNode body) {
        UUID clientId = registry.survivorOf(ClientNumbers.id(id));
        return CustomerJson.of(
                registry.update(clientId, CustomerFields.forUpdate(body, catalog), null)
                        .client(),
                catalog);
    }

    /** Permanent, as in the seed; a customer with invoices or other records is refused with a 409. */
    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ObjectNode delete(@PathVariable String id) {
        UUID clientId = registry.survivorOf(ClientNumbers.id(id));
        Client client = registry.find(clientId);
        registry.purge(clientId);
        return CustomerJson.of(client, catalog);
    }
}
