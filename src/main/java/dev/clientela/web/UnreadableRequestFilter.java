package dev.clientela.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads every request's parameters and Content-Type before anything else does. Tomcat decodes
 * parameters lazily, on the first {@code getParameter}, and Spring parses the Content-Type when it
 * reads the body; both threw from wherever that happened (a controller, a binder, a health
 * endpoint), which surfaced as a 500. Here an undecodable query string or form body, a parameter
 * given twice, or a Content-Type that is no concrete media type is refused at once, in the route's
 * dialect.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class UnreadableRequestFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UnreadableRequestFilter.class);

    private final ProblemResponses problems;

    UnreadableRequestFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (Exception e) { // Tomcat also throws the IOException of a form body it cannot read, undeclared
            if (e instanceof RuntimeException other && !(e instanceof InvalidParameterException)) {
                throw other;
            }
            // Tomcat's message quotes the raw input: not for the log
            log.warn(
                    "Refused parameters that cannot be decoded ({})",
                    e.getClass().getSimpleName());
            problems.write(request, response, refusal(e));
            return;
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (parameter.getValue().length > 1) {
                log.warn("Refused a repeated parameter");
                problems.write(
                        request,
                        response,
                        new MalformedRequest(named(parameter.getKey()) + " is given more than once"));
                return;
            }
        }
        if (!concrete(request.getContentType())) {
            log.warn("Refused a Content-Type that is not a concrete media type");
            problems.write(
                    request,
                    response,
                    new ApiProblem(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json"));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean concrete(String contentType) {
        if (contentType == null) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return true; // Spring refuses those itself, as 415
        }
    }

    private static String named(String parameter) {
        return parameter.length() <= 64 && TextRules.isClean(parameter)
                ? "Parameter '" + parameter + "'"
                : "A parameter";
    }

    private static ApiProblem refusal(Exception e) {
        if (e instanceof InvalidParameterException invalid
                && invalid.getErrorCode() == ErrorCode.PAYLOAD_TOO_LARGE.status()) {
            return BodySizeLimitFilter.tooLarge();
        }
        return new MalformedRequest("The query string or form body is not valid percent-encoded UTF-8");
    }
}
