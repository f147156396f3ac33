package dev.clientela.console;

import dev.clientela.web.FieldError;
import java.util.List;
import java.util.Set;

/** A refusal's field errors, for the form to show each beside its field and the rest at the top. */
record FieldErrors(List<FieldError> all) {

    private static final Set<String> SHOWN_BY_FIELD = Set.of(
            "name",
            "document.type",
            "document.number",
            "email",
            "phone",
            "mobile",
            "address.line",
            "address.city",
            "notes");

    public FieldError of(String field) {
        return all.stream()
                .filter(e -> e.field().equals(field)
                        || field.equals("document.number") && e.field().equals("document"))
                .findFirst()
                .orElse(null);
    }

    public List<FieldError> others() {
        return all.stream()
                .filter(e -> !SHOWN_BY_FIELD.contains(e.field()) && !e.field().equals("document"))
                .toList();
    }

    public boolean any() {
        return !all.isEmpty();
    }
}
