package dev.clientela.console;

import dev.clientela.client.Client;
import dev.clientela.client.ClientFinder;
import dev.clientela.client.ClientQuery;
import dev.clientela.client.ClientRegistry;
import dev.clientela.document.DocumentCatalog;
import dev.clientela.document.DocumentCheck;
import dev.clientela.document.UnknownDocumentType;
import dev.clientela.tenant.TenantDirectory;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What the register and edit forms show as the person types, before saving: what the document
 * number says (valid, or why not, and the other documents of the same holder) and the clients that
 * may already be this one, by document or by name.
 */
@Controller
@PreAuthorize("hasRole('OPERATOR')")
class CandidatesController {

    private final DocumentCatalog catalog;
    private final TenantDirectory tenants;
    private final ClientRegistry registry;
    private final ClientFinder finder;

    CandidatesController(
            DocumentCatalog catalog, TenantDirectory tenants, ClientRegistry registry, ClientFinder finder) {
        this.catalog = catalog;
        this.tenants = tenants;
        this.registry = registry;
        this.finder = finder;
    }

    @PostMapping("/console/clients/candidates")
    String candidates(
            @RequestParam(value = "documentType", required = false) String type,
            @RequestParam(value = "documentNumber", required = false) String number,
            @RequestParam(value = "name", required = false) String name,
            @RequestParam(value = "clientId", required = false) String clientId,
            Model model) {
        UUID self = clientId == null || clientId.isBlank() ? null : ClientPageController.parse(clientId);
        model.addAttribute("check", check(type, number));
        List<Client> byDocument = number == null || number.isBlank() || number.length() > 40
                ? List.of()
                : registry.holdersOfDocument(number).stream()
                        .filter(id -> !id.equals(self))
                        .map(registry::findLive)
                        .flatMap(java.util.Optional::stream)
                        .toList();
        model.addAttribute("byDocument", byDocument);
        model.addAttribute("byName", byName(name, self, byDocument));
        return "client-form :: candidates";
    }

    private DocumentCheck check(String type, String number) {
        if (type == null || type.isBlank() || number == null || number.isBlank() || number.length() > 40) {
            return null;
        }
        try {
            return catalog.check(tenants.current().country(), type, number);
        } catch (UnknownDocumentType e) {
            return null;
        }
    }

    private List<Client> byName(String name, UUID self, List<Client> byDocument) {
        if (name == null || name.strip().length() < 3 || name.length() > 200) {
            return List.of();
        }
        return finder
                .list(ClientQuery.read(Map.of("q", name.strip(), "limit", "3", "sort", "relevance")))
                .data()
                .stream()
                .filter(c -> !Objects.equals(c.id(), self))
                .filter(c -> byDocument.stream().noneMatch(d -> d.id().equals(c.id())))
                .toList();
    }
}
