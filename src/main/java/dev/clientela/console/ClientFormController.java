package dev.clientela.console;

import dev.clientela.client.Client;
import dev.clientela.client.ClientInput;
import dev.clientela.client.ClientRegistry;
import dev.clientela.document.DocumentCatalog;
import dev.clientela.tenant.TenantDirectory;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import dev.clientela.web.FieldError;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Registering and correcting a client; a second editor of the same client is told, and shown the change. */
@Controller
@PreAuthorize("hasRole('OPERATOR')")
class ClientFormController {

    private final ClientRegistry registry;
    private final DocumentCatalog catalog;
    private final TenantDirectory tenants;

    ClientFormController(ClientRegistry registry, DocumentCatalog catalog, TenantDirectory tenants) {
        this.registry = registry;
        this.catalog = catalog;
        this.tenants = tenants;
    }

    @GetMapping("/console/clients/new")
    String registerForm(Model model) {
        return form(model, ClientForm.empty(), null, List.of());
    }

    @PostMapping("/console/clients")
    String register(
            @ModelAttribute ClientForm form, Model model, HttpServletResponse response, RedirectAttributes next) {
        try {
            ClientRegistry.Saved saved = registry.register(ClientInput.newClient(form.body()));
            next.addFlashAttribute("warnings", Notes.of(saved.warnings()));
            next.addFlashAttribute("saved", true);
            return "redirect:/console/clients/" + saved.client().id();
        } catch (ApiProblem problem) {
            return refused(problem, form, null, model, response);
        }
    }

    @GetMapping("/console/clients/{id}/edit")
    String editForm(@PathVariable String id, Model model) {
        Client client = registry.find(ClientPageController.parse(id));
        return form(model, ClientForm.of(client), client.id(), List.of());
    }

    @PostMapping("/console/clients/{id}")
    String update(
            @PathVariable String id,
            @ModelAttribute ClientForm form,
            @org.springframework.web.bind.annotation.RequestParam java.util.Map<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes next) {
        UUID clientId = ClientPageController.parse(id);
        try {
            ClientRegistry.Saved saved = registry.update(clientId, ClientInput.changes(form.body()), form.version());
            next.addFlashAttribute("warnings", Notes.of(saved.warnings()));
            next.addFlashAttribute("saved", true);
            return "redirect:/console/clients/" + clientId;
        } catch (ApiProblem problem) {
            if (problem.code() == ErrorCode.PRECONDITION_FAILED) {
                ClientForm theirs = ClientForm.of(registry.find(clientId));
                ClientForm base = ClientForm.base(params);
                model.addAttribute("conflict", new EditConflict(theirs, form, base));
                model.addAttribute("base", theirs);
                response.setStatus(409);
                return form(model, form.mergedOver(base, theirs), clientId, List.of());
            }
            return refused(problem, form, clientId, model, response);
        }
    }

    private String refused(ApiProblem problem, ClientForm form, UUID id, Model model, HttpServletResponse response) {
        if (problem.code() == ErrorCode.NOT_FOUND) {
            throw problem;
        }
        response.setStatus(problem.code().status());
        List<FieldError> errors = problem.errors();
        if (errors.isEmpty()) {
            String field = problem.code() == ErrorCode.DUPLICATE_DOCUMENT ? "document.number" : "";
            errors = List.of(new FieldError(field, problem.code().name().toLowerCase(), problem.getMessage()));
            model.addAttribute("existing", problem.properties().get("existing_client_id"));
        }
        return form(model, form, id, errors);
    }

    private String form(Model model, ClientForm form, UUID id, List<FieldError> errors) {
        String country = tenants.current().country();
        model.addAttribute("form", form);
        if (!model.containsAttribute("base")) {
            model.addAttribute("base", form);
        }
        model.addAttribute("clientId", id);
        model.addAttribute("types", catalog.types(country));
        model.addAttribute("errors", new FieldErrors(errors));
        return "client-form";
    }

    /** What the other editor changed since this one opened the form, beside what this one typed. */
    record EditConflict(ClientForm theirs, ClientForm mine, ClientForm base) {

        public List<String> changedByThem() {
            return ClientForm.FIELDS.stream()
                    .filter(f -> !ClientForm.same(theirs.get(f), base.get(f)))
                    .toList();
        }

        public boolean changedByMe(String field) {
            return !ClientForm.same(mine.get(field), base.get(field));
        }
    }
}
