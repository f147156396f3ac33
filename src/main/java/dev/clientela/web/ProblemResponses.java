package dev.clientela.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every error the service produces as {@code application/problem+json}, directly to the
 * response, so that it works the same from a filter, a controller advice or the error page, and
 * whatever the client said it accepts.
 */
@Component
public class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";

    private final JsonMapper json;
    private final List<ProblemDialect> dialects;

    public ProblemResponses(JsonMapper json, List<ProblemDialect> dialects) {
        this.json = json;
        this.dialects = dialects;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ErrorCode code, String detail)
            throws IOException {
        write(request, response, new ApiProblem(code, detail));
    }

    /**
     * Writes {@code problem} in the dialect of the API the request was made to: a compatibility
     * profile's own error shape, or else RFC 9457 problem+json.
     */
    public void write(HttpServletRequest request, HttpServletResponse response, ApiProblem problem) throws IOException {
        write(ProblemDialect.path(request), response, problem);
    }

    /** Writes {@code problem} in the dialect of {@code path}, for a request the container refused itself. */
    void write(String path, HttpServletResponse response, ApiProblem problem) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        if (problem.code() == ErrorCode.SERVICE_UNAVAILABLE && response.getHeader("Retry-After") == null) {
            response.setHeader("Retry-After", "5");
        }
        for (ProblemDialect dialect : dialects) {
            if (dialect.speaksFor(path)) {
                response.setCharacterEncoding("UTF-8");
                dialect.write(response, problem);
                return;
            }
        }
        response.setStatus(problem.code().status());
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(
                response.getOutputStream(),
                body(problem.code(), problem.getMessage(), problem.errors(), problem.properties()));
    }

    private static Map<String, Object> body(
            ErrorCode code, String detail, List<FieldError> errors, Map<String, Object> properties) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", code.typeUri());
        body.put("title", code.title());
        body.put("status", code.status());
        body.put("detail", detail == null ? code.title() : detail);
        body.put("code", code.name());
        body.put("request_id", MDC.get(RequestIdFilter.MDC_KEY));
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
        properties.forEach(body::putIfAbsent);
        return body;
    }
}
