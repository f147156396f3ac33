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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every client the list filters select, in the import template's columns, as CSV or NDJSON. Read a keyset
 * page at a time and written as it is read, so memory stays flat whatever the tenant's size (two pages
 * at most). The first page is read before anything is written, so a refused filter is still a clean 4xx.
 * Each next page is read, as the same caller, on a thread of its own while the current one is written:
 * the database's time and the writing's then overlap instead of adding up.
 */
@Service
public class ClientExport {

    /** Rows a page: a tenth of the statements pages of the API's 500 would take, some 4 MB of clients. */
    private static final int PAGE = 2_000;

    private final ClientFinder finder;
    private final JsonMapper json;
    private final CurrentTenant current;
    private final Executor asTheCaller =
            new DelegatingSecurityContextExecutor(Executors.newVirtualThreadPerTaskExecutor());

    ClientExport(ClientFinder finder, JsonMapper json, CurrentTenant current) {
        this.finder = finder;
        this.json = json;
        this.current = current;
    }

    /** Checks the parameters (format, delimiter, bom and the list's filters) and reads the first page. */
    public Prepared prepare(Map<String, String> params) {
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
        ClientQuery query = ClientQuery.read(filters).inPagesOf(PAGE);
        if (query.deleted() && !current.caller().role().includes(Role.ADMIN)) {
            // as for the list: deleted clients are an ADMIN's to see
            throw new ApiProblem(ErrorCode.FORBIDDEN, "Only an ADMIN key may export deleted clients");
        }
        Page<Client> first = finder.list(query);
        return format.equals("ndjson")
                ? new Prepared("application/x-ndjson", null, out -> writeNdjson(first, filters, out))
                : new Prepared(
                        "text/csv;charset=UTF-8", "clients.csv", out -> writeCsv(first, filters, out, bom, delimiter));
    }

    /** An export whose parameters were accepted: its media type, its file name (null for NDJSON), and its rows. */
    public record Prepared(String contentType, String fileName, Body body) {

        public void writeTo(OutputStream out) throws IOException {
            body.writeTo(out);
        }
    }

    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private void writeCsv(
            Page<Client> page, Map<String, String> filters, OutputStream out, String bom, String delimiter)
            throws IOException {
        if (bom.equals("true")) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CsvWriter csv =
                CsvWriter.builder().fieldSeparator(delimiter.charAt(0)).build(writer)) {
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

    @FunctionalInterface
    private interface PageWriter {
        void write(Page<Client> page) throws IOException;
    }

    /** Writes the pages in order, each next one read while the one before is written. */
    private void eachPage(Page<Client> first, Map<String, String> filters, PageWriter writer) throws IOException {
        Page<Client> page = first;
        while (page != null) {
            Page<Client> current = page;
            CompletableFuture<Page<Client>> ahead = current.nextCursor() == null
                    ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.supplyAsync(() -> next(current, filters), asTheCaller);
            writer.write(current);
            page = read(ahead);
        }
    }

    private static Page<Client> read(CompletableFuture<Page<Client>> ahead) {
        try {
            return ahead.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private Page<Client> next(Page<Client> page, Map<String, String> filters) {
        Map<String, String> more = new HashMap<>(filters);
        more.put("cursor", page.nextCursor());
        return finder.list(ClientQuery.read(more).inPagesOf(PAGE));
    }
}
