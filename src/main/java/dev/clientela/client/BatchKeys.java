package dev.clientela.client;

import dev.clientela.tenant.Tenant;
import dev.clientela.web.ApiProblem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The keys of a file's rows: the one a row names its stored client by (its document, its external code
 * or its number, as {@link BulkWrites#findByKeys} looks them up), and the identities a row holds in
 * its file, which no later row may hold again.
 */
@Component
class BatchKeys {

    private final DocumentPolicy documents;

    BatchKeys(DocumentPolicy documents) {
        this.documents = documents;
    }

    /** The identities a row holds in its file: its document, its external code, the number it names. */
    Set<String> fileKeys(Tenant tenant, BulkRow row) {
        Set<String> keys = new LinkedHashSet<>();
        try {
            ClientDocument d = documentOf(tenant, row);
            if (d != null && !d.anonymous()) {
                keys.add(documentKey(d));
            }
        } catch (ApiProblem invalid) {
            // a row that was accepted had a valid document; nothing to hold otherwise
        }
        String code = row.values() == null ? null : row.values().externalCode();
        if (code != null) {
            keys.add("ext:" + code);
        }
        if (row.number() != null) {
            keys.add("num:" + row.number());
        }
        return keys;
    }

    List<String> keysOf(Tenant tenant, List<BulkRow> rows, BulkKey key) {
        List<String> keys = new ArrayList<>();
        for (BulkRow row : rows) {
            try {
                String k = keyOf(tenant, row, key);
                if (k != null) {
                    keys.add(k);
                }
            } catch (ApiProblem invalid) {
                // refused when the row is read
            }
        }
        return keys;
    }

    /** The key a row names its client by, as {@link BulkWrites#findByKeys} looks it up. */
    String keyOf(Tenant tenant, BulkRow row, BulkKey key) {
        String k = switch (key) {
            case DOCUMENT -> {
                ClientDocument d = documentOf(tenant, row);
                yield d == null || d.anonymous() ? null : documentKey(d);
            }
            case EXTERNAL_CODE -> {
                String code = row.values() == null ? null : row.values().externalCode();
                yield code == null ? null : "ext:" + code;
            }
            case NUMBER -> row.number() == null ? null : "num:" + row.number();
        };
        if (k == null) {
            throw ApiProblem.invalid(
                    keyField(key), "required", "is required to find the client by its " + keyName(key));
        }
        return k;
    }

    private ClientDocument documentOf(Tenant tenant, BulkRow row) {
        if (row.values() == null) {
            throw ApiProblem.invalid(row.refusedAsNew());
        }
        if (row.changes() != null && row.created() == null) {
            row.changes().checkValid();
        }
        NewClient.TypedDocument typed = row.values().document();
        if (typed != null && (typed.type() == null || typed.number() == null)) {
            return null;
        }
        return typed == null
                ? null
                : documents
                        .read(typed, tenant.country(), tenant.settings().documentValidation())
                        .document();
    }

    static String documentKey(ClientDocument d) {
        return "doc:" + d.country() + "/" + d.type() + "/" + d.number();
    }

    static String keyField(BulkKey key) {
        return switch (key) {
            case DOCUMENT -> "document.number";
            case EXTERNAL_CODE -> "external_code";
            case NUMBER -> "number";
        };
    }

    static String keyName(BulkKey key) {
        return switch (key) {
            case DOCUMENT -> "document";
            case EXTERNAL_CODE -> "external code";
            case NUMBER -> "number";
        };
    }
}
