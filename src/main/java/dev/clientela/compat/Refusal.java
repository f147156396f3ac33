package dev.clientela.compat;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refusal a profile words itself, with the exact message the system it replaces gave; its status
 * is the profile's for its code unless the refusal names one, and {@code fields} are messages by
 * field for a profile whose bodies list them.
 */
public class Refusal extends ApiProblem {

    private final Integer status;
    private final Map<String, List<String>> fields;

    public Refusal(ErrorCode code, String message) {
        this(code, null, message, Map.of());
    }

    public Refusal(ErrorCode code, Integer status, String message, Map<String, List<String>> fields) {
        super(code, message);
        this.status = status;
        this.fields = new LinkedHashMap<>(fields);
    }

    /** The status this refusal insists on; null for the profile's status of its code. */
    public Integer status() {
        return status;
    }

    public Map<String, List<String>> fields() {
        return fields;
    }
}
