package dev.clientela.imports;

import de.siegmar.fastcsv.writer.CsvWriter;
import dev.clientela.tenant.CurrentTenant;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import dev.clientela.web.PathIds;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The current tenant's import jobs: listed, read, cancelled, and their refused rows written as CSV. The
 * API's routes and the console's pages answer from here alike; another tenant's job is not found.
 */
@Service
public class ImportTracker {

    private final ImportJobs jobs;
    private final ImportErrors errors;
    private final CurrentTenant current;
    private final Clock clock;

    ImportTracker(ImportJobs jobs, ImportErrors errors, CurrentTenant current, Clock clock) {
        this.jobs = jobs;
        this.errors = errors;
        this.current = current;
        this.clock = clock;
    }

    /** The newest first. */
    public List<JobView> list(int limit, int offset) {
        return jobs.list(current.id(), limit, offset).stream().map(JobView::of).toList();
    }

    public JobView find(String id) {
        return JobView.of(job(id));
    }

    /** A queued job ends at once, a running one after the chunk it is writing; a finished one is a conflict. */
    public JobView cancel(String id) {
        ImportJob job = job(id);
        if (!jobs.cancel(current.id(), job.id(), clock.instant())) {
            throw new ApiProblem(ErrorCode.CONFLICT, "The import has already finished (" + job.state() + ")");
        }
        return find(id);
    }

    /**
     * The refused rows: their cells as written, then line, field, code and message, one line per error,
     * in the file's own delimiter. The job is looked up before anything is written.
     */
    public ErrorsFile errors(String id) {
        ImportJob job = job(id);
        return out -> write(job, out);
    }

    private void write(ImportJob job, OutputStream out) throws IOException {
        List<String> header =
                new ArrayList<>(job.layout() == null ? List.of() : job.layout().header());
        header.addAll(List.of("line", "field", "code", "message"));
        char delimiter = job.layout() == null || job.layout().format().equals("ndjson")
                ? ','
                : job.layout().delimiter();
        try (CsvWriter csv = CsvWriter.builder()
                .fieldSeparator(delimiter)
                .build(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
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

    /** A job's errors file, written when the response is ready for it. */
    @FunctionalInterface
    public interface ErrorsFile {
        void writeTo(OutputStream out) throws IOException;
    }
}
