package dev.clientela.compat;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import dev.clientela.web.FieldError;
import dev.clientela.web.MalformedRequest;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How a profile answers each canonical error code: the status its clients expect, the code it
 * names (for a profile whose bodies carry one) and its message. A {@link Refusal} keeps its own
 * message; anything the table does not name keeps the canonical status and code.
 */
public final class ErrorTable {

    /**
     * One refusal as the profile shows it: {@code message} is a sentence or, for some, a list of
     * them; {@code errors} are the field errors named as the profile names its fields, each once.
     */
    public record Answer(int status, String code, Object message, List<FieldError> errors) {}

    private final Map<ErrorCode, Integer> statuses = new EnumMap<>(ErrorCode.class);
    private final Map<ErrorCode, String> codes = new EnumMap<>(ErrorCode.class);
    private final Map<ErrorCode, Function<ApiProblem, Object>> messages = new EnumMap<>(ErrorCode.class);
    private final Map<Class<? extends ApiProblem>, Object> byType = new java.util.LinkedHashMap<>();
    private final Function<ApiProblem, Object> otherwise;
    private String otherCode;
    private Function<ApiProblem, Object> malformed;

    private ErrorTable(Function<ApiProblem, Object> otherwise) {
        this.otherwise = otherwise;
    }

    /** A table whose codes left unnamed answer {@code otherwise}'s message. */
    public static ErrorTable otherwise(Function<ApiProblem, Object> otherwise) {
        return new ErrorTable(otherwise);
    }

    public static ErrorTable otherwise(String message) {
        return new ErrorTable(p -> message);
    }

    public ErrorTable status(int status, ErrorCode... codes) {
        for (ErrorCode code : codes) {
            statuses.put(code, status);
        }
        return this;
    }

    public ErrorTable message(ErrorCode code, String message) {
        return message(code, p -> message);
    }

    public ErrorTable message(ErrorCode code, Function<ApiProblem, Object> message) {
        messages.put(code, message);
        return this;
    }

    /** The message for one kind of refusal, such as {@code ClientNotFound}, over its code's. */
    public ErrorTable message(Class<? extends ApiProblem> type, String message) {
        byType.put(type, message);
        return this;
    }

    /** Status, code and message at once, for several canonical codes the profile tells as one. */
    public ErrorTable answer(int status, String code, String message, ErrorCode... canonical) {
        for (ErrorCode c : canonical) {
            statuses.put(c, status);
            codes.put(c, code);
            messages.put(c, p -> message);
        }
        return this;
    }

    /** The code named for canonical codes the table does not name; unset, their canonical name. */
    public ErrorTable otherCode(String code) {
        this.otherCode = code;
        return this;
    }

    /** The message for a request that could not be read at all. */
    public ErrorTable malformed(String message) {
        return malformed(p -> message);
    }

    public ErrorTable malformed(Function<ApiProblem, Object> message) {
        this.malformed = message;
        return this;
    }

    /** The answer to {@code problem}; its messages are worded from the field errors as the profile names them. */
    Answer answer(ApiProblem problem, FieldNames fields) {
        List<FieldError> errors =
                fields.rename(problem.errors()).stream().distinct().toList();
        ApiProblem named = new ApiProblem(problem.code(), problem.getMessage(), errors, problem.properties());
        ErrorCode code = problem.code();
        int status = statuses.getOrDefault(code, code.status());
        Object message = byType.containsKey(problem.getClass())
                ? byType.get(problem.getClass())
                : messages.getOrDefault(code, otherwise).apply(named);
        if (problem instanceof Refusal) {
            message = problem.getMessage();
        } else if (problem instanceof MalformedRequest && malformed != null) {
            message = malformed.apply(named);
        }
        return new Answer(
                status, codes.getOrDefault(code, otherCode != null ? otherCode : code.name()), message, errors);
    }
}
