package dev.clientela.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error shape of one compatibility profile: a profile answers every refusal, an
 * authentication failure or a body too large included, the way the system it replaces did.
 */
public interface ProblemDialect {

    /** Whether requests to this path (without the context path) are this dialect's. */
    boolean speaksFor(String path);

    /** Writes status, content type and body for {@code problem}. */
    void write(HttpServletResponse response, ApiProblem problem) throws IOException;

    /** Whether {@code path} is {@code base} or lies beneath it. */
    static boolean under(String path, String base) {
        return path.equals(base) || path.startsWith(base + "/");
    }

    /** The path the client asked for, also while the container renders an error for it. */
    static String path(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String s ? s : request.getRequestURI();
        if (uri == null) {
            return ""; // a request line the container could not read
        }
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
