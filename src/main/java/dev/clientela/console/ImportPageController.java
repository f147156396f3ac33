package dev.clientela.console;

import dev.clientela.imports.FormUpload;
import dev.clientela.imports.ImportDesk;
import dev.clientela.imports.ImportTracker;
import dev.clientela.imports.JobView;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Importing clients from a file: the upload form with the tenant's recent imports, and each job's page,
 * whose progress htmx asks for once a second while it runs. The file goes to the same desk as the API's
 * {@code POST /api/v1/imports}, and the job runs as the signed-in user, whose name the audit trail keeps.
 */
@Controller
@PreAuthorize("hasRole('OPERATOR')")
class ImportPageController {

    private static final int RECENT = 20;
    /** The form's options, as the API's query names them; the form sends nothing else with the file. */
    private static final Set<String> OPTIONS = Set.of("mode", "key", "dry_run");

    private final ImportDesk desk;
    private final ImportTracker tracker;

    ImportPageController(ImportDesk desk, ImportTracker tracker) {
        this.desk = desk;
        this.tracker = tracker;
    }

    @GetMapping("/console/import")
    String form(Model model) {
        return page(model, Map.of(), null);
    }

    @PostMapping("/console/import")
    String upload(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        Map<String, String> options = new LinkedHashMap<>();
        try {
            FormUpload upload = FormUpload.read(request);
            upload.fields().forEach((name, value) -> {
                if (OPTIONS.contains(name) && !value.isBlank()) {
                    options.put(name, value);
                }
            });
            JobView job = desk.upload(options, upload.format(), upload.file());
            return "redirect:/console/imports/" + job.id();
        } catch (ApiProblem problem) {
            response.setStatus(problem.code().status());
            return page(model, options, ImportRefusal.of(problem));
        }
    }

    @GetMapping("/console/imports/{id}")
    String job(@PathVariable String id, Model model) {
        model.addAttribute("progress", new ImportProgress(tracker.find(id)));
        return "import-job";
    }

    /** The job's progress alone, for htmx to put in place of the last one; once it ends it asks no more. */
    @GetMapping("/console/imports/{id}/progress")
    String progress(@PathVariable String id, Model model) {
        model.addAttribute("progress", new ImportProgress(tracker.find(id)));
        return "import-job :: job";
    }

    @PostMapping("/console/imports/{id}/cancel")
    String cancel(@PathVariable String id) {
        try {
            tracker.cancel(id);
        } catch (ApiProblem problem) {
            if (problem.code() != ErrorCode.CONFLICT) {
                throw problem;
            }
            // it ended meanwhile: its page says how
        }
        return "redirect:/console/imports/" + tracker.find(id).id();
    }

    /** The same file as the API's {@code GET /api/v1/imports/{id}/errors}, as a download. */
    @GetMapping("/console/imports/{id}/errors")
    void errors(@PathVariable String id, HttpServletResponse response) throws IOException {
        ImportTracker.ErrorsFile file = tracker.errors(id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + id + "-errors.csv\"");
        file.writeTo(response.getOutputStream());
    }

    @GetMapping("/console/import/template.csv")
    void template(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"clients-template.csv\"");
        desk.writeTemplate(response.getOutputStream());
    }

    private String page(Model model, Map<String, String> options, ImportRefusal refusal) {
        model.addAttribute("options", options);
        model.addAttribute("refusal", refusal);
        List<ImportProgress> recent =
                tracker.list(RECENT, 0).stream().map(ImportProgress::new).toList();
        model.addAttribute("recent", recent);
        return "import";
    }
}
