package dev.clientela.client;

import dev.clientela.web.FieldError;
import java.util.List;
import java.util.UUID;

/** What became of one row of a bulk import; a refused row has every error the API would report. */
public record BulkOutcome(int line, Result result, UUID clientId, List<FieldError> errors) {

    public enum Result {
        CREATED,
        UPDATED,
        UNCHANGED,
        FAILED
    }

    static BulkOutcome failed(int line, List<FieldError> errors) {
        return new BulkOutcome(line, Result.FAILED, null, errors);
    }
}
