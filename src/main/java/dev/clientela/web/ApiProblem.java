package dev.clientela.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request the API refuses, rendered as an RFC 9457 problem. Features name their refusals as
 * subclasses ({@code ClientNotFound}, {@code DuplicateDocument}) or throw this one directly.
 */
public class ApiProblem extends RuntimeException {

    private final ErrorCode code;
    private final List<FieldError> errors;
    private final Map<String, Object> properties;

    public ApiProblem(ErrorCode code, String detail) {
        this(code, detail, List.of(), Map.of());
    }

    public ApiProblem(ErrorCode code, String detail, List<FieldError> errors, Map<String, Object> properties) {
        super(detail, null, false, false);
        this.code = code;
        this.errors = List.copyOf(errors);
        this.properties = new LinkedHashMap<>(properties);
    }

    public static ApiProblem notFound(String what) {
        return new ApiProblem(ErrorCode.NOT_FOUND, what + " was not found");
    }

    public static ApiProblem invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.getFirst().field() + ": " + errors.getFirst().message()
                : errors.size() + " fields have invalid values";
        return new ApiProblem(ErrorCode.VALIDATION_ERROR, detail, errors, Map.of());
    }

    public static ApiProblem invalid(String field, String code, String message) {
        return invalid(List.of(new FieldError(field, code, message)));
    }

    public ErrorCode code() {
        return code;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Extra members of the problem body, such as {@code existing_client_id}. */
    public Map<String, Object> properties() {
        return properties;
    }
}
