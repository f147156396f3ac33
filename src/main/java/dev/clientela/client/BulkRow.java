package dev.clientela.client;

import dev.clientela.web.FieldError;
import java.util.List;

/**
 * One row of a bulk import, read as the API reads a body: as a client to register ({@code created},
 * or the errors that refused it) and as changes to merge into a stored client, as the mode needs; and
 * the client number it names, if any.
 */
public record BulkRow(int line, NewClient created, List<FieldError> refusedAsNew, ClientChanges changes, Long number) {

    public BulkRow {
        refusedAsNew = refusedAsNew == null ? List.of() : List.copyOf(refusedAsNew);
    }

    /** What the row says, whichever way it was read. */
    NewClient values() {
        return created != null ? created : changes != null ? changes.values() : null;
    }
}
