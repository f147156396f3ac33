package dev.clientela.compat;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import dev.clientela.web.FieldError;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A refusal a profile words itself, with the exact message the system it replaces gave, answered
 * with the profile's status for its code; {@code errors}, when given, are worded already.
 */
public class Refusal extends ApiProblem {

    public Refusal(ErrorCode code, String message) {
        this(code, message, List.of());
    }

    public Refusal(ErrorCode code, String message, List<FieldError> errors) {
        super(code, message, errors, Map.of());
    }

    /** What {@code write} returns; a refusal of {@code code} on the way is told with {@code message}. */
    public static <T> T rewording(ErrorCode code, String message, Supplier<T> write) {
        try {
            return write.get();
        } catch (ApiProblem problem) {
            throw problem.code() == code ? new Refusal(code, message) : problem;
        }
    }
}
