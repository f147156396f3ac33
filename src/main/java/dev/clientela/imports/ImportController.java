package dev.clientela.imports;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.Page;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/imports")
class ImportController {

    private final ImportDesk desk;
    private final ImportTracker tracker;

    ImportController(ImportDesk desk, ImportTracker tracker) {
        this.desk = desk;
        this.tracker = tracker;
    }

    @PostMapping
    @PreAuthorize("hasRole('OPERATOR')")
    ResponseEntity<JobView> submit(
            HttpServletRequest request,
            @RequestParam Map<String, String> params,
            @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey)
            throws IOException {
        ImportOptions options = ImportOptions.read(params);
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 255)) {
            throw ApiProblem.invalid("Idempotency-Key", "invalid_value", "must be 1 to 255 printable characters");
        }
        UploadBody body = UploadBody.of(request);
        String query = request.getQueryString() == null ? "" : request.getQueryString();
        ImportDesk.Submitted submitted = desk.submit(options, body.format(), body.stream(), query, idempotencyKey);
        var response = ResponseEntity.accepted()
                .location(URI.create("/api/v1/imports/" + submitted.job().id()));
        if (submitted.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(JobView.of(submitted.job()));
    }

    @GetMapping
    @PreAuthorize("hasRole('OPERATOR')")
    Page<JobView> list(
            @RequestParam(value = "limit", defaultValue = "50") int limit,
            @RequestParam(value = "offset", defaultValue = "0") int offset) {
        if (limit < 1 || limit > 500 || offset < 0) {
            throw ApiProblem.invalid("limit", "out_of_range", "limit must be 1 to 500 and offset 0 or more");
        }
        List<JobView> rows = tracker.list(limit + 1, offset);
        boolean more = rows.size() > limit;
        return new Page<>(rows.stream().limit(limit).toList(), more, null, null);
    }

    @GetMapping("/template.csv")
    @PreAuthorize("hasRole('VIEWER')")
    void template(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"clients-template.csv\"");
        desk.writeTemplate(response.getOutputStream());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('OPERATOR')")
    JobView get(@PathVariable String id) {
        return tracker.find(id);
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasRole('OPERATOR')")
    ResponseEntity<JobView> cancel(@PathVariable String id) {
        return ResponseEntity.accepted().body(tracker.cancel(id));
    }

    /** The refused rows: their cells as written, then line, field, code and message, one line per error. */
    @GetMapping("/{id}/errors")
    @PreAuthorize("hasRole('OPERATOR')")
    void errors(@PathVariable String id, HttpServletResponse response) throws IOException {
        ImportTracker.ErrorsFile file = tracker.errors(id);
        response.setContentType("text/csv;charset=UTF-8");
        file.writeTo(response.getOutputStream());
    }
}
