package dev.clientela.client;

import dev.clientela.document.DocumentCatalog;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.FieldError;
import dev.clientela.web.PageCursor;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The filters, order and page of a client listing, read from query parameters named as in
 * {@code GET /api/v1/clients} (compatibility profiles translate their own parameters to these).
 */
public record ClientQuery(
        String q,
        String documentNumber,
        String documentType,
        String documentCountry,
        ClientStatus status,
        ClientKind kind,
        String externalCode,
        Instant updatedSince,
        Long number,
        Sort sort,
        int limit,
        int offset,
        PageCursor cursor,
        boolean includeTotal,
        boolean deleted) {

    static final Set<String> PARAMETERS = Set.of(
            "q",
            "document_number",
            "document_type",
            "document_country",
            "status",
            "kind",
            "external_code",
            "updated_since",
            "number",
            "sort",
            "limit",
            "offset",
            "cursor",
            "include",
            "deleted");

    public enum Sort {
        NAME("name", "name_key", false),
        NAME_DESC("-name", "name_key", true),
        CREATED_AT("created_at", "created_at", false),
        CREATED_AT_DESC("-created_at", "created_at", true),
        UPDATED_AT("updated_at", "updated_at", false),
        UPDATED_AT_DESC("-updated_at", "updated_at", true),
        RELEVANCE("relevance", null, false);

        final String parameter;
        final String column;
        final boolean descending;

        Sort(String parameter, String column, boolean descending) {
            this.parameter = parameter;
            this.column = column;
            this.descending = descending;
        }

        static Sort of(String parameter) {
            for (Sort sort : values()) {
                if (sort.parameter.equals(parameter)) {
                    return sort;
                }
            }
            return null;
        }
    }

    /** The same query read {@code rows} at a time: an export's pages are not bound by the API's page size. */
    public ClientQuery inPagesOf(int rows) {
        return new ClientQuery(
                q,
                documentNumber,
                documentType,
                documentCountry,
                status,
                kind,
                externalCode,
                updatedSince,
                number,
                sort,
                rows,
                offset,
                cursor,
                includeTotal,
                deleted);
    }

    public static ClientQuery read(Map<String, String> params) {
        List<FieldError> errors = new ArrayList<>();
        params.keySet().stream()
                .filter(name -> !PARAMETERS.contains(name))
                .forEach(name -> errors.add(new FieldError(name, "unknown_parameter", "is not a known parameter")));
        String q = text(params, "q", 200, errors);
        if (q != null && SearchText.fold(q).isEmpty()) {
            q = null;
        }
        String documentNumber = text(params, "document_number", 40, errors);
        String sortParam = params.get("sort");
        Sort sort = sortParam == null ? (q == null ? Sort.NAME : Sort.RELEVANCE) : Sort.of(sortParam);
        if (sort == null || (sort == Sort.RELEVANCE && q == null)) {
            errors.add(new FieldError(
                    "sort",
                    "invalid_value",
                    "must be one of name, -name, created_at, -created_at, updated_at, -updated_at"));
        }
        ClientQuery query = new ClientQuery(
                q,
                documentNumber == null ? null : DocumentCatalog.normalise(documentNumber),
                upper(text(params, "document_type", 30, errors)),
                upper(text(params, "document_country", 2, errors)),
                choice(params, "status", ClientStatus.class, errors),
                choice(params, "kind", ClientKind.class, errors),
                text(params, "external_code", 120, errors),
                instant(params, "updated_since", errors),
                longValue(params, "number", 1, Long.MAX_VALUE, errors),
                sort,
                (int) (long) orDefault(longValue(params, "limit", 1, 500, errors), 50L),
                (int) (long) orDefault(longValue(params, "offset", 0, 100_000, errors), 0L),
                cursor(params, errors),
                include(params, errors),
                deleted(params, errors));
        if (query.cursor() != null && params.containsKey("offset")) {
            errors.add(new FieldError("cursor", "conflicting_parameters", "use either cursor or offset"));
        }
        if (query.cursor() != null && sort != null && !query.cursor().sort().equals(sort.parameter)) {
            errors.add(new FieldError("cursor", "invalid_value", "was made for another sort order"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return query;
    }

    private static String text(Map<String, String> params, String name, int max, List<FieldError> errors) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max || !dev.clientela.web.TextRules.isClean(value)) {
            errors.add(new FieldError(name, "invalid_value", "must be at most " + max + " printable characters"));
            return null;
        }
        return value.strip();
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> E choice(
            Map<String, String> params, String name, Class<E> type, List<FieldError> errors) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(
                    name,
                    "invalid_value",
                    "must be one of "
                            + String.join(
                                    ", ",
                                    java.util.Arrays.stream(type.getEnumConstants())
                                            .map(Enum::name)
                                            .toList())));
            return null;
        }
    }

    private static Instant instant(Map<String, String> params, String name, List<FieldError> errors) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(
                    name, "invalid_value", "must be an ISO-8601 time with offset, e.g. 2026-01-31T00:00:00Z"));
            return null;
        }
    }

    private static Long longValue(
            Map<String, String> params, String name, long min, long max, List<FieldError> errors) {
        String value = params.get(name);
        if (value == null) {
            return null;
        }
        try {
            long number = Long.parseLong(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(name, "invalid_value", "must be a whole number from " + min + " to " + max));
        return null;
    }

    private static Long orDefault(Long value, Long otherwise) {
        return value == null ? otherwise : value;
    }

    private static PageCursor cursor(Map<String, String> params, List<FieldError> errors) {
        String value = params.get("cursor");
        if (value == null || value.isBlank()) {
            return null;
        }
        PageCursor cursor = PageCursor.decode(value);
        if (cursor == null) {
            errors.add(new FieldError("cursor", "invalid_value", "is not a cursor this service gave out"));
        }
        return cursor;
    }

    private static boolean include(Map<String, String> params, List<FieldError> errors) {
        String value = params.get("include");
        if (value == null || value.isBlank()) {
            return false;
        }
        if (!value.strip().equals("total")) {
            errors.add(new FieldError("include", "invalid_value", "must be 'total'"));
        }
        return true;
    }

    private static boolean deleted(Map<String, String> params, List<FieldError> errors) {
        String value = params.get("deleted");
        if (value == null || value.isBlank()) {
            return false;
        }
        if (!value.strip().equals("only")) {
            errors.add(new FieldError("deleted", "invalid_value", "must be 'only'"));
        }
        return true;
    }
}
