package dev.clientela.imports;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The data records of a stored file, one at a time, each with its line, its cells as written and by column. */
final class RecordSource implements AutoCloseable {

    private final ImportJob.FileLayout layout;
    private final JsonMapper json;
    private final AutoCloseable closing;
    private final Iterator<CsvRecord> csv;
    private final BufferedReader lines;
    private final List<String> columns = new ArrayList<>();
    private int line;

    RecordSource(InputStream file, ImportJob.FileLayout layout, JsonMapper json) {
        this.layout = layout;
        this.json = json;
        var reader = new InputStreamReader(file, FileRefusals.charset(layout.encoding()));
        for (String header : layout.header()) {
            columns.add(Columns.canonical(header));
        }
        if (layout.format().equals("csv")) {
            CsvReader<CsvRecord> records = CsvReader.builder()
                    .fieldSeparator(layout.delimiter())
                    .skipEmptyLines(true)
                    .allowExtraFields(true)
                    .allowMissingFields(true)
                    .detectBomHeader(false)
                    .ofCsvRecord(new BomSkipping(reader));
            this.csv = records.iterator();
            this.lines = null;
            this.closing = records;
            if (csv.hasNext()) {
                csv.next(); // the header
            }
        } else {
            this.csv = null;
            this.lines = new BufferedReader(reader);
            this.closing = lines;
        }
    }

    /** The next record, or null at the end of the file. */
    Record next() {
        if (csv != null) {
            if (!csv.hasNext()) {
                return null;
            }
            CsvRecord r = csv.next();
            return csvRecord((int) r.getStartingLineNumber(), r.getFields());
        }
        try {
            for (String text = lines.readLine(); text != null; text = lines.readLine()) {
                line++;
                if (!text.isBlank()) {
                    return jsonRecord(line, text);
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Record csvRecord(int at, List<String> fields) {
        if (fields.size() != columns.size()) {
            return new Record(
                    at, fields, Map.of(), "the row has " + fields.size() + " cells and the header " + columns.size());
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            cells.put(columns.get(i), fields.get(i));
        }
        return new Record(at, fields, cells, null);
    }

    private Record jsonRecord(int at, String text) {
        JsonNode object;
        try {
            object = json.readTree(text);
        } catch (RuntimeException e) {
            return new Record(at, List.of(text), Map.of(), "the line is not JSON");
        }
        if (object == null || !object.isObject()) {
            return new Record(at, List.of(text), Map.of(), "the line is not a JSON object");
        }
        Map<String, String> cells = new LinkedHashMap<>();
        List<String> written = new ArrayList<>();
        for (String header : layout.header()) {
            JsonNode v = object.get(header);
            written.add(v == null || v.isNull() ? "" : v.isString() ? v.stringValue() : v.toString());
        }
        for (var member : object.properties()) {
            String column = Columns.canonical(member.getKey());
            if (column == null) {
                return new Record(at, written, Map.of(), "'" + member.getKey() + "' is no known column");
            }
            JsonNode v = member.getValue();
            cells.put(column, v.isNull() ? "" : v.isString() ? v.stringValue() : v.toString());
        }
        return new Record(at, written, cells, null);
    }

    @Override
    public void close() {
        try {
            closing.close();
        } catch (Exception e) {
            // the file was read from the database; nothing is left open
        }
    }

    /** A data record: {@code problem} says why it cannot be read as a row at all, when it cannot. */
    record Record(int line, List<String> written, Map<String, String> cells, String problem) {}

    /** Leaves out a byte-order mark at the start, which decodes as U+FEFF. */
    private static final class BomSkipping extends java.io.FilterReader {
        private boolean first = true;

        BomSkipping(java.io.Reader in) {
            super(in);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (first && n > 0) {
                first = false;
                if (buffer[offset] == '\uFEFF') {
                    System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
                    return n - 1 == 0 ? read(buffer, offset, length) : n - 1;
                }
            }
            return n;
        }
    }
}
