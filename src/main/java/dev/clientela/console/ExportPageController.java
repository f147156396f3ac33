package dev.clientela.console;

import dev.clientela.imports.ClientExport;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import dev.clientela.web.FieldError;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Exporting clients: a form with the format, the delimiter, the byte order mark and the list's filters,
 * whose download is the same stream as the API's {@code GET /api/v1/clients/export}. Deleted clients are
 * an ADMIN's to export, as there.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class ExportPageController {

    /** What the form may send, as the API's parameters name it; a field left empty is no filter. */
    private static final Set<String> PARAMETERS = Set.of(
            "format",
            "delimiter",
            "bom",
            "q",
            "status",
            "kind",
            "document_type",
            "document_number",
            "external_code",
            "updated_since",
            "deleted");

    private final ClientExport export;

    ExportPageController(ClientExport export) {
        this.export = export;
    }

    @GetMapping("/console/export")
    String form(Model model) {
        return form(model, Map.of(), List.of());
    }

    @GetMapping("/console/export/clients")
    String download(@RequestParam Map<String, String> params, HttpServletResponse response, Model model)
            throws IOException {
        Map<String, String> chosen = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (PARAMETERS.contains(name) && !value.isBlank()) {
                chosen.put(name, value.strip());
            }
        });
        // the form's date field gives a day; the API takes the start of it, in UTC
        chosen.computeIfPresent(
                "updated_since", (name, day) -> day.matches("\\d{4}-\\d{2}-\\d{2}") ? day + "T00:00:00Z" : day);
        ClientExport.Prepared prepared;
        try {
            prepared = export.prepare(chosen);
        } catch (ApiProblem problem) {
            if (problem.code() == ErrorCode.FORBIDDEN) {
                throw problem;
            }
            response.setStatus(problem.code().status());
            return form(model, params, problem.errors());
        }
        response.setContentType(prepared.contentType());
        String name = prepared.fileName() != null ? prepared.fileName() : "clients.ndjson";
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        prepared.writeTo(response.getOutputStream());
        return null;
    }

    private String form(Model model, Map<String, String> params, List<FieldError> errors) {
        model.addAttribute("params", params);
        model.addAttribute("errors", errors);
        return "export";
    }
}
