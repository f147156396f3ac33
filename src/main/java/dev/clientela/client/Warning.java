package dev.clientela.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Something worth knowing about a saved client that did not stop it being saved. A
 * {@code possible_duplicate} names the other client, its score (0..1) and the reasons.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Warning(
        String field,
        String code,
        String message,
        UUID existingClientId,
        UUID clientId,
        Long number,
        String name,
        BigDecimal score,
        List<String> reasons) {

    public Warning(String field, String code, String message, UUID existingClientId) {
        this(field, code, message, existingClientId, null, null, null, null, null);
    }

    static Warning possibleDuplicate(DuplicateCandidates.Candidate c) {
        return new Warning(
                c.reasons().contains("same_document_other_type") ? "document" : null,
                "possible_duplicate",
                "Client " + c.number() + " (" + c.name() + ") may be the same holder: "
                        + String.join(", ", c.reasons()),
                c.clientId(),
                c.clientId(),
                c.number(),
                c.name(),
                c.score(),
                c.reasons());
    }
}
