package dev.clientela.imports;

import de.siegmar.fastcsv.writer.CsvWriter;
import dev.clientela.client.Client;
import dev.clientela.client.ClientFinder;
import dev.clientela.client.ClientQuery;
import dev.clientela.tenant.CurrentTenant;
import dev.clientela.tenant.Role;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import dev.clientela.web.FieldError;
import dev.clientela.web.Page;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every client the list filters select, in the import template's columns, as CSV or NDJSON. Read a keyset
 * page at a time and written as it is read, the next page read while one is written, so memory stays
 * flat whatever the tenant's size. The first page is read before anything is written, so a refused
 * filter is still a clean 4xx.
 */
@RestController
class ExportController {

    private static final int PAGE = 500;

    private final ClientFinder finder;
    private final JsonMapper json;
    private final CurrentTenant current;

    ExportController(ClientFinder finder, JsonMapper json, CurrentTenant current) {
        this.finder = finder;
        this.json = json;
        this.current = current;
    }

    @GetMapping("/api/v1/clients/export")
    @PreAuthorize("hasRole('VIEWER')")
    void export(@RequestParam Map<String, String> params, HttpServletResponse response) throws IOException {
        Map<String, String> filters = new HashMap<>(params);
        String format = filters.getOrDefault("format", "csv");
        String delimiter = filters.getOrDefault("delimiter", ",");
        String bom = filters.getOrDefault("bom", "false");
        filters.remove("format");
        filters.remove("delimiter");
        filters.remove("bom");
        List<FieldError> errors = new ArrayList<>();
        if (!format.equals("csv") && !format.equals("ndjson")) {
            errors.add(new FieldError("format", "invalid_value", "must be csv or ndjson"));
        }
        if (!List.of(",", ";", "\t", "|").contains(delimiter)) {
            errors.add(new FieldError("delimiter", "invalid_value", "must be , ; | or a tab"));
        }
        if (!bom.equals("true") && !bom.equals("false")) {
            errors.add(new FieldError("bom", "invalid_value", "must be true or false"));
        }
        for (String paging : List.of("limit", "cursor", "offset", "include")) {
            if (filters.containsKey(paging)) {
                errors.add(new FieldError(
                        paging, "unknown_parameter", "an export has every client; it takes the list filters only"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        filters.put("limit", String.valueOf(PAGE));
        ClientQuery query = ClientQuery.read(filters);
        if (query.deleted() && !current.caller().role().includes(Role.ADMIN)) {
            // as for the list: deleted clients are an ADMIN's to see
            throw new ApiProblem(ErrorCode.FORBIDDEN, "Only an ADMIN key may export deleted clients");
        }
        Page<Client> page = finder.list(query);
        OutputStream out = response.getOutputStream();
        if (format.equals("ndjson")) {
            response.setContentType("application/x-ndjson");
            writeNdjson(page, filters, out);
        } else {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"clients.csv\"");
            if (bom.equals("true")) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            writeCsv(page, filters, new OutputStreamWriter(out, StandardCharsets.UTF_8), delimiter.charAt(0));
        }
    }

    private void writeCsv(Page<Client> page, Map<String, String> filters, Writer out, char delimiter)
            throws IOException {
        try (CsvWriter csv = CsvWriter.builder().fieldSeparator(delimiter).build(out)) {
            csv.writeRecord(Columns.TEMPLATE);
            eachPage(page, filters, p -> {
                for (Client c : p.data()) {
                    csv.writeRecord(ClientRow.cells(c, json));
                }
                csv.flush();
            });
        }
    }

    private void writeNdjson(Page<Client> page, Map<String, String> filters, OutputStream out) throws IOException {
        eachPage(page, filters, p -> {
            for (Client c : p.data()) {
                List<String> cells = ClientRow.cells(c, json);
                Map<String, String> line = new LinkedHashMap<>();
                for (int i = 0; i < cells.size(); i++) {
                    if (!cells.get(i).isEmpty()) {
                        line.put(Columns.TEMPLATE.get(i), cells.get(i));
                    }
                }
                out.write(json.writeValueAsBytes(line));
                out.write('\n');
            }
            out.flush();
        });
    }

    /**
     * Hands each page to {@code write} while the next one is read, on a thread of its own acting as
     * the caller: the database's time and the writing's overlap.
     */
    private void eachPage(Page<Client> first, Map<String, String> filters, PageWriter write) throws IOException {
        try (ExecutorService reader =
                new DelegatingSecurityContextExecutorService(Executors.newVirtualThreadPerTaskExecutor())) {
            for (Page<Client> p = first; p != null; ) {
                Page<Client> now = p;
                Future<Page<Client>> following = reader.submit(() -> next(now, filters));
                write.page(now);
                p = following.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("The export was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private interface PageWriter {
        void page(Page<Client> page) throws IOException;
    }

    private Page<Client> next(Page<Client> page, Map<String, String> filters) {
        if (page.nextCursor() == null) {
            return null;
        }
        Map<String, String> more = new HashMap<>(filters);
        more.put("cursor", page.nextCursor());
        return finder.list(ClientQuery.read(more));
    }
}
