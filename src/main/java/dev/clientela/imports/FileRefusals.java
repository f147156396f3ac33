package dev.clientela.imports;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import dev.clientela.web.FieldError;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells, from the scan of an uploaded file, how to read it (format, encoding, delimiter, header) or why
 * it cannot be imported at all: empty, binary, a header only, cut off inside a quoted value, columns
 * that name no field, or rows separated by another delimiter than the header.
 */
final class FileRefusals {

    static final long MAX_ROWS = 2_000_000;
    private static final char[] DELIMITERS = {';', ',', '\t', '|'};

    private FileRefusals() {}

    static ImportJob.FileLayout layout(FileScan scan, String format, ImportOptions options, JsonMapper json) {
        byte[] head = scan.head();
        boolean bom =
                head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF;
        if (scan.bytes() - (bom ? 3 : 0) == 0 || scan.records() == 0) {
            throw refuse("file", "empty_file", "The file is empty");
        }
        if (scan.binary()) {
            throw refuse(
                    "file",
                    "binary_file",
                    "The file is not text: it has NUL bytes (a spreadsheet must be saved as CSV)");
        }
        if (scan.records() - (format.equals("ndjson") ? 0 : 1) > MAX_ROWS) {
            throw new ApiProblem(ErrorCode.PAYLOAD_TOO_LARGE, "A file may have at most " + MAX_ROWS + " rows");
        }
        String encoding =
                options.encoding() != null ? options.encoding() : bom || scan.validUtf8() ? "utf-8" : "windows-1252";
        String text = new String(head, bom ? 3 : 0, head.length - (bom ? 3 : 0), Charset.forName(encoding));
        if (format.equals("ndjson")) {
            return ndjson(text, json);
        }
        if (scan.endsInsideQuotes()) {
            throw refuse("file", "truncated_file", "The last line ends inside a quoted value: the file is cut off");
        }
        if (scan.records() < 2) {
            throw refuse("file", "no_rows", "The file has a header and no rows");
        }
        List<String> lines = text.lines().filter(l -> !l.isBlank()).limit(51).toList();
        char delimiter = options.delimiter() != null ? options.delimiter() : detect(lines.getFirst());
        List<String> header = split(lines.getFirst(), delimiter);
        checkColumns(header);
        mixed(lines, delimiter, header.size(), head.length == FileScan.HEAD_BYTES);
        return new ImportJob.FileLayout("csv", delimiter, encoding, header);
    }

    private static ImportJob.FileLayout ndjson(String text, JsonMapper json) {
        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        JsonNode object;
        try {
            object = json.readTree(first);
        } catch (RuntimeException e) {
            throw refuse("file", "invalid_json", "The first line is not a JSON object");
        }
        if (object == null || !object.isObject()) {
            throw refuse("file", "invalid_json", "The first line is not a JSON object");
        }
        List<String> header = new ArrayList<>(object.propertyNames());
        checkColumns(header);
        return new ImportJob.FileLayout("ndjson", ',', "utf-8", header);
    }

    static void checkColumns(List<String> header) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String column = Columns.canonical(header.get(i));
            if (column == null) {
                errors.add(new FieldError(
                        "columns[" + i + "]",
                        "unknown_column",
                        "'" + header.get(i) + "' is no known column; known: " + String.join(", ", Columns.known())));
            } else if (!seen.add(column)) {
                errors.add(new FieldError(
                        "columns[" + i + "]",
                        "duplicate_column",
                        "'" + header.get(i) + "' names " + column + " again"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(
                    ErrorCode.VALIDATION_ERROR,
                    errors.size() + " columns of the header cannot be imported",
                    errors,
                    Map.of("known_columns", Columns.known()));
        }
    }

    /** Compares the first rows with the header; the last line of a partial head may be cut off, so not that one. */
    private static void mixed(List<String> lines, char delimiter, int columns, boolean partialHead) {
        for (int i = 1; i < lines.size() - (partialHead ? 1 : 0); i++) {
            if (split(lines.get(i), delimiter).size() == columns) {
                continue;
            }
            for (char other : DELIMITERS) {
                if (other != delimiter && split(lines.get(i), other).size() == columns && columns > 1) {
                    throw refuse(
                            "file",
                            "mixed_delimiters",
                            "The header is separated by '" + printable(delimiter) + "' and row " + (i + 1) + " by '"
                                    + printable(other) + "'");
                }
            }
        }
    }

    private static char detect(String header) {
        char best = ',';
        long most = 0;
        for (char d : DELIMITERS) {
            long n = header.chars().filter(c -> c == d).count();
            if (n > most) {
                most = n;
                best = d;
            }
        }
        return best;
    }

    static List<String> split(String line, char delimiter) {
        CsvRecord record = CsvReader.builder()
                .fieldSeparator(delimiter)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofSingleCsvRecord(line);
        return record.getFields();
    }

    private static String printable(char d) {
        return d == '\t' ? "tab" : String.valueOf(d);
    }

    private static ApiProblem refuse(String field, String code, String message) {
        return new ApiProblem(
                ErrorCode.VALIDATION_ERROR, message, List.of(new FieldError(field, code, message)), Map.of());
    }

    static Charset charset(String encoding) {
        return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
    }
}
