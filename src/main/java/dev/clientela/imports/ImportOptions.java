package dev.clientela.imports;

import dev.clientela.client.BulkKey;
import dev.clientela.client.BulkMode;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.FieldError;
import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How to read an import's file and what to do with its rows, from the query parameters. A delimiter or
 * encoding left out is detected from the file; the date format is written as people write it
 * ({@code dd/mm/yyyy}).
 */
record ImportOptions(
        BulkMode mode,
        BulkKey key,
        boolean dryRun,
        Character delimiter,
        String encoding,
        String dateFormat,
        char decimalSeparator) {

    private static final Set<String> PARAMETERS =
            Set.of("mode", "key", "dry_run", "delimiter", "encoding", "date_format", "decimal_separator");
    static final Set<String> ENCODINGS = Set.of("utf-8", "windows-1252", "iso-8859-1");

    static ImportOptions read(Map<String, String> params) {
        List<FieldError> errors = new ArrayList<>();
        params.keySet().stream()
                .filter(p -> !PARAMETERS.contains(p))
                .sorted()
                .forEach(p -> errors.add(new FieldError(
                        p,
                        "unknown_parameter",
                        "known: "
                                + String.join(", ", PARAMETERS.stream().sorted().toList()))));
        BulkMode mode = choice(params, "mode", BulkMode.class, BulkMode.INSERT, errors);
        BulkKey key = choice(params, "key", BulkKey.class, BulkKey.DOCUMENT, errors);
        String dry = params.getOrDefault("dry_run", "false");
        if (!dry.equals("true") && !dry.equals("false")) {
            errors.add(new FieldError("dry_run", "invalid_value", "must be true or false"));
        }
        Character delimiter = delimiter(params.get("delimiter"), errors);
        String encoding =
                params.get("encoding") == null ? null : params.get("encoding").toLowerCase(Locale.ROOT);
        if (encoding != null && !encoding.equals("auto") && !ENCODINGS.contains(encoding)) {
            errors.add(new FieldError("encoding", "invalid_value", "must be auto, utf-8, windows-1252 or iso-8859-1"));
        }
        String dateFormat = params.getOrDefault("date_format", "yyyy-mm-dd");
        if (pattern(dateFormat) == null) {
            errors.add(new FieldError("date_format", "invalid_value", "must be a date format such as dd/mm/yyyy"));
        }
        String decimal = params.getOrDefault("decimal_separator", ".");
        if (!decimal.equals(".") && !decimal.equals(",")) {
            errors.add(new FieldError("decimal_separator", "invalid_value", "must be . or ,"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return new ImportOptions(
                mode,
                key,
                dry.equals("true"),
                delimiter,
                "auto".equals(encoding) ? null : encoding,
                dateFormat,
                decimal.charAt(0));
    }

    Charset charset() {
        return encoding == null ? null : Charset.forName(encoding);
    }

    DateTimeFormatter dates() {
        return pattern(dateFormat);
    }

    /** The same options with what was detected in the file filled in. */
    ImportOptions detected(char delimiter, String encoding) {
        return new ImportOptions(mode, key, dryRun, delimiter, encoding, dateFormat, decimalSeparator);
    }

    static DateTimeFormatter pattern(String format) {
        String lower = format.toLowerCase(Locale.ROOT);
        if (!lower.matches("[dmy/.\\- ]{6,12}")
                || !lower.contains("dd")
                || !lower.contains("mm")
                || !lower.contains("yy")) {
            return null;
        }
        try {
            return DateTimeFormatter.ofPattern(lower.replace("mm", "MM").replace("y", "u"), Locale.ROOT)
                    .withResolverStyle(java.time.format.ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Character delimiter(String given, List<FieldError> errors) {
        if (given == null || given.equals("auto")) {
            return null;
        }
        return switch (given) {
            case ",", ";", "|" -> given.charAt(0);
            case "\t", "tab", "\\t" -> '\t';
            default -> {
                errors.add(new FieldError("delimiter", "invalid_value", "must be , ; | or tab"));
                yield null;
            }
        };
    }

    private static <E extends Enum<E>> E choice(
            Map<String, String> params, String name, Class<E> type, E otherwise, List<FieldError> errors) {
        String value = params.get(name);
        if (value == null) {
            return otherwise;
        }
        for (E option : type.getEnumConstants()) {
            if (option.name().equalsIgnoreCase(value)) {
                return option;
            }
        }
        errors.add(new FieldError(
                name,
                "invalid_value",
                "must be one of "
                        + String.join(
                                ", ",
                                java.util.Arrays.stream(type.getEnumConstants())
                                        .map(e -> e.name().toLowerCase(Locale.ROOT))
                                        .toList())));
        return null;
    }
}
