package dev.clientela.console;

import dev.clientela.client.Client;
import dev.clientela.client.ClientDuplicates;
import dev.clientela.client.ClientRegistry;
import dev.clientela.client.ClientTrail;
import dev.clientela.client.ClientView;
import dev.clientela.client.MergeUndo;
import dev.clientela.document.DocumentCatalog;
import dev.clientela.document.UnknownDocumentType;
import dev.clientela.history.ClientHistory;
import dev.clientela.tenant.StaffAdministration;
import dev.clientela.tenant.StaffUser;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import dev.clientela.web.PathIds;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Everything about one client on one page, and what may be done to it by role. */
@Controller
class ClientPageController {

    private final ClientHistory histories;
    private final ClientRegistry registry;
    private final StaffAdministration staff;
    private final DocumentCatalog catalog;
    private final ClientDuplicates duplicates;
    private final MergeUndo merges;

    ClientPageController(
            ClientHistory histories,
            ClientRegistry registry,
            StaffAdministration staff,
            DocumentCatalog catalog,
            ClientDuplicates duplicates,
            MergeUndo merges) {
        this.histories = histories;
        this.registry = registry;
        this.staff = staff;
        this.catalog = catalog;
        this.duplicates = duplicates;
        this.merges = merges;
    }

    @GetMapping("/console/clients/{id}")
    String client(@PathVariable String id, Model model) {
        UUID clientId = parse(id);
        ClientPageView history;
        try {
            history = ClientPageView.of(histories.of(clientId));
        } catch (ApiProblem problem) {
            if (problem.code() == ErrorCode.CLIENT_MERGED) {
                return merged(clientId, (UUID) problem.properties().get("merged_into"), model);
            }
            throw problem;
        }
        model.addAttribute("history", history);
        model.addAttribute("duplicates", duplicates.of(clientId));
        var document = history.client().document();
        if (document != null) {
            try {
                model.addAttribute(
                        "documentCheck", catalog.check(document.country(), document.type(), document.number()));
            } catch (UnknownDocumentType e) {
                // a type the catalogue no longer knows: the page shows the number without a verdict
            }
        }
        if (Staff.current().role().includes(dev.clientela.tenant.Role.ADMIN)) {
            Map<UUID, String> names = staff.list().stream().collect(Collectors.toMap(StaffUser::id, StaffUser::name));
            model.addAttribute(
                    "trail",
                    registry.changes(clientId, 20, 0).stream()
                            .map(c -> TrailRow.of(c, names))
                            .toList());
        }
        return "client";
    }

    /** A client merged into another: the page says so and leads to the survivor, and to the merge for an ADMIN. */
    private String merged(UUID clientId, UUID survivorId, Model model) {
        Map<UUID, Client> found = registry.findAny(List.of(clientId, survivorId));
        model.addAttribute("client", ClientView.of(found.get(clientId)));
        model.addAttribute("survivor", ClientView.of(found.get(survivorId)));
        if (Staff.current().role().includes(dev.clientela.tenant.Role.ADMIN)) {
            merges.mergeOf(clientId).ifPresent(m -> model.addAttribute("mergeId", m));
        }
        return "client-merged";
    }

    @PostMapping("/console/clients/{id}/archive")
    @PreAuthorize("hasRole('OPERATOR')")
    String archive(@PathVariable String id, @RequestParam("version") long version) {
        return status(id, "INACTIVE", version);
    }

    @PostMapping("/console/clients/{id}/activate")
    @PreAuthorize("hasRole('OPERATOR')")
    String activate(@PathVariable String id, @RequestParam("version") long version) {
        return status(id, "ACTIVE", version);
    }

    @PostMapping("/console/clients/{id}/delete")
    @PreAuthorize("hasRole('ADMIN')")
    String delete(@PathVariable String id, @RequestParam("version") long version, RedirectAttributes next) {
        UUID clientId = parse(id);
        registry.delete(clientId, version);
        next.addFlashAttribute("deleted", clientId);
        return "redirect:/console";
    }

    @PostMapping("/console/clients/{id}/restore")
    @PreAuthorize("hasRole('ADMIN')")
    String restore(@PathVariable String id, RedirectAttributes next) {
        UUID clientId = registry.restore(parse(id)).id();
        next.addFlashAttribute("restored", true);
        return "redirect:/console/clients/" + clientId;
    }

    private String status(String id, String status, long version) {
        UUID clientId = parse(id);
        if (status.equals("INACTIVE")) {
            registry.archive(clientId, version);
        } else {
            registry.activate(clientId, version);
        }
        return "redirect:/console/clients/" + clientId;
    }

    /** One change of the audit trail as the page lists it; {@code userName} is null for an API key. */
    record TrailRow(java.time.Instant changedAt, boolean byUser, String userName, String action, String fields) {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        static TrailRow of(ClientTrail.Change change, Map<UUID, String> names) {
            List<String> fields = new java.util.ArrayList<>();
            JSON.readTree(change.changes())
                    .forEach(f -> fields.add(f.path("field").asString()));
            return new TrailRow(
                    change.changedAt(),
                    change.userId() != null,
                    change.userId() == null ? null : names.get(change.userId()),
                    change.action(),
                    String.join(", ", fields));
        }
    }

    static UUID parse(String id) {
        return PathIds.uuid(id, "The client");
    }
}
