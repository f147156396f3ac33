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
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads every request's parameters before anything else does. Tomcat decodes them lazily, on the
 * first {@code getParameter}, and throws from wherever that happens (a controller, a binder, a
 * health endpoint), which surfaced as a 500; here an undecodable query string or form body, or a
 * parameter given twice, is refused at once in the route's dialect.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RequestParametersFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestParametersFilter.class);

    private final ProblemResponses problems;

    RequestParametersFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (InvalidParameterException e) {
            log.warn("Refused parameters that cannot be decoded: {}", e.getMessage());
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
        chain.doFilter(request, response);
    }

    private static String named(String parameter) {
        return parameter.length() <= 64 && TextRules.isClean(parameter)
                ? "Parameter '" + parameter + "'"
                : "A parameter";
    }

    private static ApiProblem refusal(InvalidParameterException e) {
        if (e.getErrorCode() == ErrorCode.PAYLOAD_TOO_LARGE.status()) {
            return BodySizeLimitFilter.tooLarge();
        }
        return new MalformedRequest("The query string or form body is not valid percent-encoded UTF-8");
    }
}
