package dev.clientela.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error page of the servlet container, for failures that never reached a controller: they get
 * the same problem body as everything else, never a stack trace or an HTML page.
 */
@Controller
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final ProblemResponses problems;

    ProblemErrorController(ProblemResponses problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int code = status instanceof Integer s ? s : 500;
        if (failure instanceof ApiProblem problem) {
            problems.write(request, response, problem);
            return;
        }
        if (failure instanceof Throwable t) {
            for (Throwable cause = t; cause != null; cause = cause.getCause()) {
                if (cause instanceof ApiProblem problem) {
                    problems.write(request, response, problem);
                    return;
                }
            }
            if (DatabaseFailures.isUnavailable(t)) {
                log.warn("Database unavailable: {}", t.getMessage());
                response.setHeader("Retry-After", "5");
                problems.write(
                        request, response, ErrorCode.SERVICE_UNAVAILABLE, "The database is unavailable; retry shortly");
                return;
            }
            if (unreadable(t)) {
                log.warn("Refused a request that could not be read: {}", t.toString());
                problems.write(request, response, rejected());
                return;
            }
            log.error("Unexpected failure outside a controller", t);
        }
        ErrorCode errorCode = ErrorCode.forStatus(code);
        problems.write(request, response, errorCode, errorCode.title());
    }

    /** Whether {@code t} comes from reading what the client sent: the only I/O besides the database's. */
    private static boolean unreadable(Throwable t) {
        boolean io = false;
        for (Throwable cause = t; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException
                    || cause instanceof org.springframework.dao.DataAccessException) {
                return false;
            }
            io |= cause instanceof IOException || cause instanceof RequestRejectedException;
        }
        return io;
    }

    static MalformedRequest rejected() {
        return new MalformedRequest("The request could not be read: a malformed body, its framing, or a parameter");
    }
}
