package dev.clientela.compat;

import dev.clientela.web.FieldError;
import java.util.List;
import java.util.Map;

/**
 * A profile's names for canonical field paths, so that a field error names the field the caller
 * sent: an exact path first ({@code address.ubigeo}), then its first segment ({@code document}),
 * then the path without a prefix the profile flattens ({@code address.}), else the path as it is.
 */
public record FieldNames(Map<String, String> names, List<String> flattened) {

    public FieldNames {
        names = Map.copyOf(names);
        flattened = List.copyOf(flattened);
    }

    public static FieldNames of(Map<String, String> names) {
        return new FieldNames(names, List.of());
    }

    /** The same names, with members of these prefixes named without them. */
    public FieldNames flattening(String... prefixes) {
        return new FieldNames(names, List.of(prefixes));
    }

    /** Field errors with each path named as the profile names it. */
    public List<FieldError> rename(List<FieldError> errors) {
        return errors.stream()
                .map(e -> new FieldError(seedName(e.field()), e.code(), e.message()))
                .toList();
    }

    public String seedName(String canonical) {
        String exact = names.get(canonical);
        if (exact != null) {
            return exact;
        }
        int dot = canonical.indexOf('.');
        if (dot >= 0 && names.containsKey(canonical.substring(0, dot))) {
            return names.get(canonical.substring(0, dot));
        }
        return flattened.stream()
                .filter(canonical::startsWith)
                .findFirst()
                .map(prefix -> canonical.substring(prefix.length()))
                .orElse(canonical);
    }
}
