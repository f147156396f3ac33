package dev.clientela.client;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A merge patch of a client (RFC 7396 in typed form): {@code values} holds what was sent and
 * {@code given} the paths that were sent at all, so that an absent field stays as it is while a
 * given null clears it. {@code address}, {@code document} and {@code metadata} given whole mean
 * null (cleared); their members given ({@code address.city}, {@code document.number}) merge into
 * what is stored, a null metadata value removing its key.
 */
public record ClientChanges(NewClient values, Set<String> given, List<FieldError> refused) {

    private static final NewClient NOTHING = new NewClient(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    public ClientChanges {
        given = Set.copyOf(given);
        refused = List.copyOf(refused);
    }

    public ClientChanges(NewClient values, Set<String> given) {
        this(values, given, List.of());
    }

    /**
     * Changes read from a request that had these problems: kept, not thrown, so that the registry
     * answers an unknown client (404) or a stale version (412) before the body's problems (422).
     */
    static ClientChanges refused(List<FieldError> problems) {
        return new ClientChanges(NOTHING, Set.of(), problems);
    }

    /** Refuses, with every field at once, changes read with problems. */
    void checkValid() {
        if (!refused.isEmpty()) {
            throw ApiProblem.invalid(refused);
        }
    }

    /** Only the status: what archiving and activating change. */
    static ClientChanges status(ClientStatus status) {
        return new ClientChanges(
                new NewClient(
                        null, null, null, null, null, null, null, null, null, null, null, null, status, null, null,
                        null),
                Set.of("status"));
    }

    public boolean gives(String path) {
        return given.contains(path);
    }

    /** The client as it reads once these changes are merged into {@code stored}. */
    NewClient applyTo(NewClient stored) {
        NewClient v = values;
        return new NewClient(
                pick("name", v.name(), stored.name()),
                pick("legal_name", v.legalName(), stored.legalName()),
                pick("trade_name", v.tradeName(), stored.tradeName()),
                document(stored.document()),
                pick("tax_id", v.taxId(), stored.taxId()),
                pick("email", v.email(), stored.email()),
                pick("phone", v.phone(), stored.phone()),
                pick("mobile", v.mobile(), stored.mobile()),
                address(stored.address()),
                pick("notes", v.notes(), stored.notes()),
                pick("image_url", v.imageUrl(), stored.imageUrl()),
                pick("external_code", v.externalCode(), stored.externalCode()),
                pick("status", v.status(), stored.status()),
                metadata(stored.metadata()),
                pick("kind", v.kind(), stored.kind()),
                pick("credit_limit", v.creditLimit(), stored.creditLimit()));
    }

    private <T> T pick(String path, T sent, T stored) {
        return given.contains(path) ? sent : stored;
    }

    /** Whether the changes touch this member at all: clear it (null) or merge into it (its members). */
    public boolean touches(String member) {
        return given.contains(member) || given.stream().anyMatch(p -> p.startsWith(member + "."));
    }

    private NewClient.TypedDocument document(NewClient.TypedDocument stored) {
        if (given.contains("document")) {
            return null;
        }
        if (!touches("document")) {
            return stored;
        }
        NewClient.TypedDocument sent = values.document();
        NewClient.TypedDocument base = stored == null ? new NewClient.TypedDocument(null, null, null, null) : stored;
        // The stored typed form belongs to the stored number: a new number is typed as sent.
        String typed = given.contains("document.typed")
                ? sent.typed()
                : given.contains("document.number") ? null : base.typed();
        return new NewClient.TypedDocument(
                pick("document.country", sent.country(), base.country()),
                pick("document.type", sent.type(), base.type()),
                pick("document.number", sent.number(), base.number()),
                typed);
    }

    private Address address(Address stored) {
        if (given.contains("address")) {
            return null;
        }
        return touches("address") ? merged(stored == null ? Address.NONE : stored) : stored;
    }

    private Address merged(Address s) {
        Address v = values.address() == null ? Address.NONE : values.address();
        return new Address(
                pick("address.line", v.line(), s.line()),
                pick("address.street", v.street(), s.street()),
                pick("address.door_number", v.doorNumber(), s.doorNumber()),
                pick("address.apartment", v.apartment(), s.apartment()),
                pick("address.corner", v.corner(), s.corner()),
                pick("address.district", v.district(), s.district()),
                pick("address.city", v.city(), s.city()),
                pick("address.province", v.province(), s.province()),
                pick("address.department", v.department(), s.department()),
                pick("address.postal_code", v.postalCode(), s.postalCode()),
                pick("address.country", v.country(), s.country()),
                pick("address.ubigeo", v.ubigeo(), s.ubigeo()),
                pick("address.latitude", v.latitude(), s.latitude()),
                pick("address.longitude", v.longitude(), s.longitude()));
    }

    private Map<String, String> metadata(Map<String, String> stored) {
        if (given.contains("metadata")) {
            return Map.of();
        }
        Map<String, String> merged = new LinkedHashMap<>(stored);
        values.metadata().forEach((key, value) -> {
            if (value == null) {
                merged.remove(key);
            } else {
                merged.put(key, value);
            }
        });
        return merged;
    }
}
