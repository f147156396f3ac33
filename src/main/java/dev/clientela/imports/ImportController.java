package dev.clientela.imports;

import de.siegmar.fastcsv.writer.CsvWriter;
import dev.clientela.tenant.CurrentTenant;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import dev.clientela.web.Page;
import dev.clientela.web.PathIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
    private final ImportJobs jobs;
    private final ImportErrors errors;
    private final CurrentTenant current;
    private final Clock clock;

    ImportController(ImportDesk desk, ImportJobs jobs, ImportErrors errors, CurrentTenant current, Clock clock) {
        this.desk = desk;
        this.jobs = jobs;
        this.errors = errors;
        this.current = current;
        this.clock = clock;
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
        List<ImportJob> rows = jobs.list(current.id(), limit + 1, offset);
        boolean more = rows.size() > limit;
        List<JobView> page = new ArrayList<>();
        rows.stream().limit(limit).forEach(j -> page.add(JobView.of(j)));
        return new Page<>(page, more, null, null);
    }

    @GetMapping("/template.csv")
    @PreAuthorize("hasRole('VIEWER')")
    void template(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"clients-template.csv\"");
        try (CsvWriter csv =
                CsvWriter.builder().build(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8))) {
            csv.writeRecord(Columns.TEMPLATE);
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('OPERATOR')")
    JobView get(@PathVariable String id) {
        return JobView.of(job(id));
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasRole('OPERATOR')")
    ResponseEntity<JobView> cancel(@PathVariable String id) {
        ImportJob job = job(id);
        if (!jobs.cancel(current.id(), job.id(), clock.instant())) {
            throw new ApiProblem(ErrorCode.CONFLICT, "The import has already finished (" + job.state() + ")");
        }
        return ResponseEntity.accepted().body(JobView.of(job(id)));
    }

    /** The refused rows: their cells as written, then line, field, code and message, one line per error. */
    @GetMapping("/{id}/errors")
    @PreAuthorize("hasRole('OPERATOR')")
    void errors(@PathVariable String id, HttpServletResponse response) throws IOException {
        ImportJob job = job(id);
        List<String> header =
                new ArrayList<>(job.layout() == null ? List.of() : job.layout().header());
        header.addAll(List.of("line", "field", "code", "message"));
        char delimiter = job.layout() == null || job.layout().format().equals("ndjson")
                ? ','
                : job.layout().delimiter();
        response.setContentType("text/csv;charset=UTF-8");
        try (CsvWriter csv = CsvWriter.builder()
                .fieldSeparator(delimiter)
                .build(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8))) {
            csv.writeRecord(header);
            errors.forEach(current.id(), job.id(), refused -> {
                for (var error : refused.errors()) {
                    List<String> cells = new ArrayList<>(refused.cells());
                    while (cells.size() < header.size() - 4) {
                        cells.add("");
                    }
                    cells.addAll(List.of(String.valueOf(refused.line()), error.field(), error.code(), error.message()));
                    csv.writeRecord(cells);
                }
            });
        }
    }

    private ImportJob job(String id) {
        UUID jobId = PathIds.uuid(id, () -> ApiProblem.notFound("The import"));
        return jobs.find(current.id(), jobId).orElseThrow(() -> ApiProblem.notFound("The import"));
    }
}
