package dev.clientela.client;

import dev.clientela.money.Money;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.FieldError;
import dev.clientela.web.TextRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A client's values as a request gives them, checked field by field into a {@link NewClient} or a
 * {@link ClientChanges}: lengths, formats, countries, coordinates, the credit limit and metadata.
 * Every problem is collected with its canonical path, so that one refusal lists them all, in the
 * order of {@link ClientField}. The canonical JSON reader and each compatibility profile fill one.
 */
public final class ClientForm {

    private static final Pattern METADATA_KEY = Pattern.compile("[A-Za-z0-9_.\\-]{1,40}");

    private final boolean patch;
    private final Map<ClientField, Object> values = new EnumMap<>(ClientField.class);
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private final Set<String> given = new LinkedHashSet<>();
    private final List<FieldError> errors = new ArrayList<>();

    private ClientForm(boolean patch) {
        this.patch = patch;
    }

    /** A client to register: what is not given is empty, and a name is required. */
    public static ClientForm registering() {
        return new ClientForm(false);
    }

    /** A merge patch: what is not given stays as it is, a null given clears. */
    public static ClientForm changing() {
        return new ClientForm(true);
    }

    /**
     * A text field: trimmed, blank read as null, refused when it holds control characters, is too
     * long or, for an email, URL, country, ubigeo, is not one.
     */
    public ClientForm text(ClientField field, String value) {
        give(field);
        String text = value == null ? null : value.strip();
        if (text == null || text.isEmpty()) {
            return this;
        }
        FieldError problem = field.problem(text);
        if (problem != null) {
            return reject(field, problem.code(), problem.message());
        }
        values.put(field, field.normalised(text));
        return this;
    }

    /** A document given whole: country (null for the tenant's), type, number, and how it was typed. */
    public ClientForm document(String country, String type, String number, String typed) {
        if (country != null) {
            text(ClientField.DOCUMENT_COUNTRY, country);
        }
        return text(ClientField.DOCUMENT_TYPE, type)
                .text(ClientField.DOCUMENT_NUMBER, number)
                .text(ClientField.DOCUMENT_TYPED, typed);
    }

    /** The document, the address or the metadata sent as an object, perhaps an empty one. */
    public ClientForm open(ClientField object) {
        values.putIfAbsent(object, Boolean.TRUE);
        return this;
    }

    /** The document, the address or the metadata given as null: none, or in a patch, cleared. */
    public ClientForm clear(ClientField object) {
        values.remove(object);
        given.add(object.path());
        return this;
    }

    /** A latitude or longitude: within the globe's range, to at most 8 decimals. */
    public ClientForm coordinate(ClientField field, BigDecimal value) {
        int bound = field == ClientField.LATITUDE ? 90 : 180;
        return number(field, value, BigDecimal.valueOf(-bound), BigDecimal.valueOf(bound), 8);
    }

    /** The credit limit: an amount of money, zero or more. */
    public ClientForm creditLimit(BigDecimal value) {
        return number(ClientField.CREDIT_LIMIT, value, BigDecimal.ZERO, Money.MAX, Money.ZERO.scale());
    }

    private ClientForm number(ClientField field, BigDecimal value, BigDecimal min, BigDecimal max, int scale) {
        give(field);
        if (value == null) {
            return this;
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            return reject(
                    field, "out_of_range", "must be between " + min.toPlainString() + " and " + max.toPlainString());
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > scale) {
            return reject(field, "too_many_decimals", "must have at most " + scale + " decimals");
        }
        values.put(field, stripped.scale() < 0 ? stripped.setScale(0) : stripped);
        return this;
    }

    /** ACTIVE or INACTIVE; a client becomes MERGED only by a merge. */
    public ClientForm status(ClientStatus status) {
        give(ClientField.STATUS);
        if (status == ClientStatus.MERGED) {
            return reject(
                    ClientField.STATUS,
                    "invalid_value",
                    "must be ACTIVE or INACTIVE; a client becomes MERGED by a merge");
        }
        values.put(ClientField.STATUS, status);
        return this;
    }

    public ClientForm kind(ClientKind kind) {
        give(ClientField.KIND);
        values.put(ClientField.KIND, kind);
        return this;
    }

    /** Metadata to set, at most 50 keys; in a patch a null value removes its key. */
    public ClientForm metadata(Map<String, String> entries) {
        entries.keySet().forEach(key -> given.add("metadata." + key));
        if (!patch && entries.size() > NewClient.MAX_METADATA_KEYS) {
            return reject(ClientField.METADATA, "too_many_keys", "must have at most 50 keys");
        }
        entries.forEach((key, value) -> {
            String path = "metadata." + key;
            if (!METADATA_KEY.matcher(key).matches()) {
                reject(path, "invalid_key", "keys are 1 to 40 letters, digits, '_', '.' or '-'");
            } else if (value != null && value.codePointCount(0, value.length()) > 500) {
                reject(path, "too_long", "must be at most 500 characters");
            } else if (value != null && !TextRules.isClean(value)) {
                reject(path, "invalid_characters", "must not contain control characters");
            } else if (value != null || patch) {
                metadata.put(key, value);
            }
        });
        return this;
    }

    public ClientForm reject(ClientField field, String code, String message) {
        return reject(field.path(), code, message);
    }

    /** A problem the caller found reading its own body, listed with the form's. */
    public ClientForm reject(String path, String code, String message) {
        FieldError error = new FieldError(path, code, message);
        if (!errors.contains(error)) {
            errors.add(error);
        }
        return this;
    }

    /** Whether this form registers a client rather than changing one. */
    public boolean registers() {
        return !patch;
    }

    /** The client to register; throws one 422 listing every problem. */
    public NewClient newClient() {
        NewClient client = values();
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors());
        }
        return client;
    }

    /** The changes; problems travel with them, for the registry to report once it has found the client. */
    public ClientChanges changes() {
        NewClient changed = values();
        return errors.isEmpty() ? new ClientChanges(changed, given) : ClientChanges.refused(errors());
    }

    /** Every problem so far, in the order of the fields. */
    public List<FieldError> errors() {
        return errors.stream()
                .sorted(Comparator.comparingInt(e -> ClientField.rank(e.field())))
                .toList();
    }

    private NewClient values() {
        require(ClientField.NAME, !patch || given.contains("name"));
        boolean document = values.containsKey(ClientField.DOCUMENT);
        require(ClientField.DOCUMENT_TYPE, !patch && document);
        require(ClientField.DOCUMENT_NUMBER, !patch && document);
        return new NewClient(
                string(ClientField.NAME),
                string(ClientField.LEGAL_NAME),
                string(ClientField.TRADE_NAME),
                document
                        ? new NewClient.TypedDocument(
                                string(ClientField.DOCUMENT_COUNTRY),
                                string(ClientField.DOCUMENT_TYPE),
                                string(ClientField.DOCUMENT_NUMBER),
                                string(ClientField.DOCUMENT_TYPED))
                        : null,
                string(ClientField.TAX_ID),
                string(ClientField.EMAIL),
                string(ClientField.PHONE),
                string(ClientField.MOBILE),
                new Address(
                        string(ClientField.LINE),
                        string(ClientField.STREET),
                        string(ClientField.DOOR_NUMBER),
                        string(ClientField.APARTMENT),
                        string(ClientField.CORNER),
                        string(ClientField.DISTRICT),
                        string(ClientField.CITY),
                        string(ClientField.PROVINCE),
                        string(ClientField.DEPARTMENT),
                        string(ClientField.POSTAL_CODE),
                        string(ClientField.ADDRESS_COUNTRY),
                        string(ClientField.UBIGEO),
                        (BigDecimal) values.get(ClientField.LATITUDE),
                        (BigDecimal) values.get(ClientField.LONGITUDE)),
                string(ClientField.NOTES),
                string(ClientField.IMAGE_URL),
                string(ClientField.EXTERNAL_CODE),
                (ClientStatus) values.get(ClientField.STATUS),
                new LinkedHashMap<>(metadata),
                (ClientKind) values.get(ClientField.KIND),
                (BigDecimal) values.get(ClientField.CREDIT_LIMIT));
    }

    /** A required field left empty is refused, unless it was refused already for what it held. */
    private void require(ClientField field, boolean required) {
        boolean refused = errors.stream().anyMatch(e -> e.field().equals(field.path()));
        if (required && values.get(field) == null && !refused) {
            reject(field, "required", "is required");
        }
    }

    private String string(ClientField field) {
        return (String) values.get(field);
    }

    private void give(ClientField field) {
        given.add(field.path());
        if (field.parent() != null) {
            open(field.parent());
        }
    }
}
