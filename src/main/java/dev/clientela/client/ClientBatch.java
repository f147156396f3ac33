package dev.clientela.client;

import dev.clientela.tenant.CurrentTenant;
import dev.clientela.tenant.Tenant;
import dev.clientela.tenant.TenantDirectory;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Registers and updates clients many at a time, with the very rules of one at a time: each row is read
 * and normalised as a {@code POST} or {@code PATCH} body is, refused with every error the API would
 * report, and the accepted ones are written in a few statements for the whole batch, with their audit
 * trail and events. Runs in the caller's transaction.
 */
@Service
public class ClientBatch {

    private final ClientComposition composition;
    private final ClientJson json;
    private final BatchKeys rowKeys;
    private final BulkWrites writes;
    private final TenantDirectory tenants;
    private final CurrentTenant current;
    private final dev.clientela.document.DocumentCatalog catalog;

    ClientBatch(
            ClientComposition composition,
            ClientJson json,
            BatchKeys rowKeys,
            BulkWrites writes,
            TenantDirectory tenants,
            CurrentTenant current,
            dev.clientela.document.DocumentCatalog catalog) {
        this.catalog = catalog;
        this.composition = composition;
        this.json = json;
        this.rowKeys = rowKeys;
        this.writes = writes;
        this.tenants = tenants;
        this.current = current;
    }

    /**
     * Checks every row and, when {@code write}, saves the accepted ones. {@code seen} holds what earlier
     * rows of the file hold; {@code source} is recorded with every change as its origin.
     */
    public List<BulkOutcome> apply(
            List<BulkRow> rows, BulkMode mode, BulkKey key, boolean write, FileKeys seen, String source) {
        return apply(prepare(rows, mode), key, write, seen, source);
    }

    /**
     * Reads the rows into the clients they would write, as far as that needs no database: a new client
     * is composed whole, a row that updates waits for its stored client. Runs outside any transaction,
     * so the next batch can be read while the previous one is written.
     */
    public Prepared prepare(List<BulkRow> rows, BulkMode mode) {
        Tenant tenant = tenants.current();
        if (mode != BulkMode.INSERT) {
            return new Prepared(tenant, mode, rows, null, List.of(), Map.of());
        }
        List<Candidate> candidates = new ArrayList<>();
        List<BulkOutcome> refused = new ArrayList<>();
        Map<Integer, Set<String>> keys = new java.util.HashMap<>();
        for (BulkRow row : rows) {
            try {
                Candidate c = candidate(tenant, row, mode, null, Map.of());
                candidates.add(c.ready(writes.written(c.client())));
                keys.put(row.line(), fileKeys(row));
            } catch (ApiProblem invalid) {
                refused.add(BulkOutcome.failed(row.line(), errorsOf(invalid, row)));
            }
        }
        return new Prepared(tenant, mode, rows, candidates, refused, keys);
    }

    /** Checks the prepared rows against the stored clients and the file's earlier rows, and saves the accepted ones. */
    public List<BulkOutcome> apply(Prepared prepared, BulkKey key, boolean write, FileKeys seen, String source) {
        Tenant tenant = prepared.tenant;
        List<BulkOutcome> outcomes = new ArrayList<>(prepared.refused);
        List<Candidate> candidates = prepared.candidates;
        if (candidates == null) {
            candidates = new ArrayList<>();
            Map<String, Client> existing =
                    writes.findByKeys(tenant.id(), key, rowKeys.keysOf(tenant, prepared.rows, key), write);
            for (BulkRow row : prepared.rows) {
                try {
                    candidates.add(candidate(tenant, row, prepared.mode, key, existing));
                } catch (ApiProblem refused) {
                    outcomes.add(BulkOutcome.failed(row.line(), errorsOf(refused, row)));
                }
            }
        }
        Map<Integer, List<FieldError>> conflicts = writes.liveConflicts(tenant.id(), candidates);
        List<Candidate> accepted = new ArrayList<>();
        Map<Integer, Set<String>> keysByLine = new java.util.HashMap<>(prepared.keys);
        for (Candidate c : candidates) {
            Set<String> keys = keysByLine.computeIfAbsent(c.row().line(), line -> fileKeys(c.row()));
            // the file's own earlier row is named first: it is the duplicate the caller can fix in the file
            List<FieldError> errors = inFile(c, keys, seen);
            if (errors.isEmpty()) {
                errors = conflicts.getOrDefault(c.row().line(), List.of());
            }
            if (errors.isEmpty()) {
                keys.forEach(k -> seen.hold(k, c.row().line()));
                accepted.add(c);
            } else {
                outcomes.add(BulkOutcome.failed(c.row().line(), errors));
            }
        }
        List<BulkOutcome> saved = write ? writes.save(tenant.id(), current.caller(), source, accepted) : dry(accepted);
        for (BulkOutcome o : saved) {
            if (o.result() == BulkOutcome.Result.FAILED) {
                keysByLine.getOrDefault(o.line(), Set.of()).forEach(k -> seen.release(k, o.line()));
            }
        }
        outcomes.addAll(saved);
        outcomes.sort(java.util.Comparator.comparingInt(BulkOutcome::line));
        return outcomes;
    }

    /**
     * The catalogue's type for a type written in a file: one of its own codes, or the tax authority's code
     * for it (SUNAT, DIAN, DGI); as given when it is neither, for the row to be refused as the API would.
     */
    public String documentType(String country, String given) {
        String upper = given.strip().toUpperCase(java.util.Locale.ROOT);
        String in =
                country == null ? tenants.current().country() : country.strip().toUpperCase(java.util.Locale.ROOT);
        if (!catalog.countries().contains(in) || catalog.type(in, upper).isPresent()) {
            return upper;
        }
        return catalog.bySeedCode(in, given.strip())
                .map(dev.clientela.document.DocumentType::code)
                .orElse(upper);
    }

    /** The country of the current tenant, which a row without one is in. */
    public String tenantCountry() {
        return tenants.current().country();
    }

    /** The identities a row holds in its file: its document, its external code, the number it names. */
    public Set<String> fileKeys(BulkRow row) {
        return rowKeys.fileKeys(tenants.current(), row);
    }

    private Candidate candidate(Tenant tenant, BulkRow row, BulkMode mode, BulkKey key, Map<String, Client> existing) {
        Client stored = null;
        if (mode != BulkMode.INSERT) {
            String k = rowKeys.keyOf(tenant, row, key);
            stored = existing.get(k);
            if (stored == null && mode == BulkMode.UPDATE) {
                throw ApiProblem.invalid(
                        BatchKeys.keyField(key), "not_found", "no live client has this " + BatchKeys.keyName(key));
            }
        }
        if (stored == null) {
            if (row.created() == null) {
                throw ApiProblem.invalid(row.refusedAsNew());
            }
            NewClient fields = row.created();
            fields.checkComplete();
            return new Candidate(
                    row, null, composition.compose(tenant, fields, null, true).client(), false);
        }
        ClientChanges patch = row.changes();
        patch.checkValid();
        NewClient fields = patch.applyTo(stored.editable());
        fields.checkComplete();
        boolean documentChanged = patch.touches("document");
        ClientComposition.Composed composed = composition.compose(tenant, fields, stored, documentChanged);
        Client changed = composed.client();
        if (!patch.gives("kind")) {
            ClientKind derived = composed.reading() != null ? composed.reading().kind() : ClientKind.PERSON;
            changed = changed.withKind(documentChanged ? derived : stored.kind());
        }
        boolean unchanged =
                stored.kind() == changed.kind() && json.editable(stored).equals(json.editable(changed));
        return new Candidate(row, stored, changed, unchanged);
    }

    private static List<FieldError> inFile(Candidate c, Set<String> keys, FileKeys seen) {
        List<FieldError> errors = new ArrayList<>();
        for (String k : keys) {
            int first = seen.holder(k);
            if (first != 0 && first != c.row().line()) {
                String field =
                        k.startsWith("doc:") ? "document.number" : k.startsWith("ext:") ? "external_code" : "number";
                errors.add(new FieldError(
                        field, "duplicate_in_file", "line " + first + " of the file has the same value"));
            }
        }
        return errors;
    }

    private static List<BulkOutcome> dry(List<Candidate> accepted) {
        List<BulkOutcome> outcomes = new ArrayList<>();
        for (Candidate c : accepted) {
            BulkOutcome.Result result = c.stored() == null
                    ? BulkOutcome.Result.CREATED
                    : c.unchanged() ? BulkOutcome.Result.UNCHANGED : BulkOutcome.Result.UPDATED;
            outcomes.add(new BulkOutcome(c.row().line(), result, c.client().id(), List.of()));
        }
        return outcomes;
    }

    private static List<FieldError> errorsOf(ApiProblem refused, BulkRow row) {
        if (!refused.errors().isEmpty()) {
            return refused.errors();
        }
        return List.of(
                new FieldError("", refused.code().name().toLowerCase(java.util.Locale.ROOT), refused.getMessage()));
    }

    /** A batch's rows as far as they are read before the database is asked: see {@link #prepare}. */
    public static final class Prepared {
        private final Tenant tenant;
        private final BulkMode mode;
        private final List<BulkRow> rows;
        private final List<Candidate> candidates;
        private final List<BulkOutcome> refused;
        private final Map<Integer, Set<String>> keys;

        private Prepared(
                Tenant tenant,
                BulkMode mode,
                List<BulkRow> rows,
                List<Candidate> candidates,
                List<BulkOutcome> refused,
                Map<Integer, Set<String>> keys) {
            this.keys = keys;
            this.tenant = tenant;
            this.mode = mode;
            this.rows = rows;
            this.candidates = candidates;
            this.refused = refused;
        }
    }

    /**
     * A row read into the client it would write; {@code stored} is the client it updates, if any;
     * {@code written} what writing it sends, when worked out ahead.
     */
    record Candidate(BulkRow row, Client stored, Client client, boolean unchanged, BulkWrites.Written written) {
        Candidate(BulkRow row, Client stored, Client client, boolean unchanged) {
            this(row, stored, client, unchanged, null);
        }

        Candidate ready(BulkWrites.Written written) {
            return new Candidate(row, stored, client, unchanged, written);
        }
    }
}
