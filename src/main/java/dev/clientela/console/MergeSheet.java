package dev.clientela.console;

import dev.clientela.client.ClientMerge.MergeConflict;
import dev.clientela.client.ClientView;
import dev.clientela.web.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The side-by-side merge page: the clients in columns, one row per field a merge can keep with the
 * value of each client, which client stays, what was chosen, and what the merge refused beside the
 * column or row that caused it.
 */
record MergeSheet(
        List<ClientView> clients,
        UUID survivor,
        List<Row> rows,
        List<MergeConflict> general,
        Map<UUID, List<MergeConflict>> byClient) {

    /** Every field a merge can keep, in the order a clerk reads a client. */
    static final List<String> FIELDS = List.of(
            "name",
            "legal_name",
            "trade_name",
            "kind",
            "document",
            "tax_id",
            "email",
            "phone",
            "mobile",
            "address",
            "notes",
            "external_code",
            "credit_limit",
            "image_url",
            "metadata");

    static MergeSheet of(List<ClientView> clients, UUID survivor, Map<String, UUID> chosen) {
        List<Row> rows = FIELDS.stream()
                .map(f -> new Row(
                        f,
                        clients.stream().map(c -> value(f, c)).toList(),
                        chosen.get(f),
                        new ArrayList<>(),
                        new ArrayList<>()))
                .toList();
        return new MergeSheet(
                clients,
                survivor == null ? clients.getFirst().id() : survivor,
                rows,
                new ArrayList<>(),
                new LinkedHashMap<>());
    }

    /** The sheet again, with what the merge refused put beside its cause. */
    MergeSheet refused(List<MergeConflict> conflicts, List<FieldError> errors) {
        for (MergeConflict c : conflicts) {
            if (c.code().equals("different_documents")) {
                row("document").conflicts().add(c);
            } else if (c.clientId() == null || clients.stream().noneMatch(v -> v.id().equals(c.clientId()))) {
                general.add(c);
            } else {
                byClient.computeIfAbsent(c.clientId(), k -> new ArrayList<>()).add(c);
            }
        }
        for (FieldError e : errors) {
            String field = e.field().startsWith("keep.") ? e.field().substring("keep.".length()) : null;
            if (field != null && FIELDS.contains(field)) {
                row(field).errors().add(e);
            } else {
                general.add(new MergeConflict(e.code(), e.message(), null));
            }
        }
        return this;
    }

    public List<MergeConflict> conflictsOf(UUID clientId) {
        return byClient.getOrDefault(clientId, List.of());
    }

    /** Whether something refused is shown beside a client or a field rather than at the top. */
    public boolean beside() {
        return !byClient.isEmpty()
                || rows.stream()
                        .anyMatch(r -> !r.conflicts().isEmpty() || !r.errors().isEmpty());
    }

    public boolean refused() {
        return !general.isEmpty() || beside();
    }

    private Row row(String field) {
        return rows.stream().filter(r -> r.field().equals(field)).findFirst().orElseThrow();
    }

    /** One field: each client's value as shown, and the client chosen for it, if any. */
    record Row(String field, List<String> values, UUID chosen, List<MergeConflict> conflicts, List<FieldError> errors) {

        /** A choice is offered only where the clients' values differ. */
        public boolean choice() {
            return values.stream().distinct().count() > 1;
        }

        public String value(int column) {
            return values.get(column);
        }
    }

    private static String value(String field, ClientView c) {
        return switch (field) {
            case "name" -> c.name();
            case "legal_name" -> c.legalName();
            case "trade_name" -> c.tradeName();
            case "kind" -> c.kind() == null ? null : c.kind().name();
            case "document" ->
                c.document() == null
                        ? null
                        : c.document().type() + " "
                                + Objects.requireNonNullElse(
                                        c.document().formatted(), c.document().number());
            case "tax_id" -> c.taxId();
            case "email" -> c.email();
            case "phone" -> c.phone();
            case "mobile" -> c.mobile();
            case "address" -> address(c);
            case "notes" -> c.notes();
            case "external_code" -> c.externalCode();
            case "credit_limit" ->
                c.creditLimit() == null ? null : c.creditLimit().toPlainString();
            case "image_url" -> c.imageUrl();
            case "metadata" ->
                c.metadata() == null || c.metadata().isEmpty()
                        ? null
                        : String.join(
                                ", ",
                                new LinkedHashMap<>(c.metadata())
                                        .entrySet().stream()
                                                .map(e -> e.getKey() + "=" + e.getValue())
                                                .sorted()
                                                .toList());
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static String address(ClientView c) {
        if (c.address() == null) {
            return null;
        }
        String joined = String.join(
                ", ",
                java.util.stream.Stream.of(
                                c.address().line(),
                                c.address().district(),
                                c.address().city())
                        .filter(s -> s != null && !s.isBlank())
                        .toList());
        return joined.isEmpty() ? null : joined;
    }
}
