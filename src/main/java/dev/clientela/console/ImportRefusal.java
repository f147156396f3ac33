package dev.clientela.console;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.FieldError;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why the API refused an import's file, for the form to show beside the file field: each field error
 * with the column it names when it names one, or the problem itself (a file too large has no field).
 */
record ImportRefusal(String code, String detail, List<Reason> reasons) {

    private static final Pattern COLUMN = Pattern.compile("^'(.*?)' (?:is no known column|names )");

    static ImportRefusal of(ApiProblem problem) {
        List<Reason> reasons = problem.errors().stream().map(Reason::of).toList();
        return new ImportRefusal(
                problem.code().name().toLowerCase(java.util.Locale.ROOT), problem.getMessage(), reasons);
    }

    /** One error: its code, the column it names (or null), and the API's own words. */
    record Reason(String field, String code, String column, String message) {

        static Reason of(FieldError error) {
            Matcher column = COLUMN.matcher(error.message() == null ? "" : error.message());
            return new Reason(error.field(), error.code(), column.find() ? column.group(1) : null, error.message());
        }
    }
}
