package dev.clientela.compat;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.ProblemDialect;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A compatibility profile: the API of one system Clientela replaces, under its base path. A profile
 * declares its base path, its error table, its names for the canonical field paths and the body its
 * refusals take; every refusal under the base path, an authentication failure or a body too large
 * included, is answered through them.
 */
public abstract class Profile implements ProblemDialect {

    private final String base;
    private final ErrorTable errors;
    private final FieldNames fields;
    private final JsonMapper json;

    /** A profile whose field errors name fields as the canonical API does. */
    protected Profile(String base, ErrorTable errors, JsonMapper json) {
        this(base, errors, FieldNames.of(Map.of()), json);
    }

    protected Profile(String base, ErrorTable errors, FieldNames fields, JsonMapper json) {
        this.base = base;
        this.errors = errors;
        this.fields = fields;
        this.json = json;
    }

    /** The body of a refusal, in the profile's shape. */
    protected abstract Object body(ErrorTable.Answer answer, ApiProblem problem);

    /** Headers a refusal adds, such as Retry-After; none unless the profile says so. */
    protected void headers(HttpServletResponse response, ApiProblem problem) {}

    @Override
    public final boolean speaksFor(String path) {
        return ProblemDialect.under(path, base);
    }

    @Override
    public final void write(HttpServletResponse response, ApiProblem problem) throws IOException {
        ErrorTable.Answer answer = errors.answer(problem, fields);
        headers(response, problem);
        response.setStatus(answer.status());
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body(answer, problem));
    }
}
