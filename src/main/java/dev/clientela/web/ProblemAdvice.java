package dev.clientela.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns every exception that leaves a controller into one problem response. */
@RestControllerAdvice
class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private final ProblemResponses problems;

    ProblemAdvice(ProblemResponses problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ApiProblem.class)
    void refused(ApiProblem problem, HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(request, response, problem);
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    void noSuchRoute(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(request, response, ErrorCode.NOT_FOUND, "No such resource");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    void wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (e.getSupportedHttpMethods() != null) {
            response.setHeader(
                    HttpHeaders.ALLOW,
                    String.join(
                            ", ",
                            e.getSupportedHttpMethods().stream()
                                    .map(Object::toString)
                                    .toList()));
        }
        problems.write(request, response, ErrorCode.METHOD_NOT_ALLOWED, e.getMethod() + " is not allowed here");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    void wrongMediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        problems.write(request, response, ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    void notAcceptable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(request, response, ErrorCode.NOT_ACCEPTABLE, "This resource is available as application/json");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    void unreadable(HttpMessageNotReadableException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (causedBy(e, BodySizeLimitFilter.PayloadTooLarge.class)) {
            problems.write(request, response, BodySizeLimitFilter.tooLarge());
            return;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof tools.jackson.core.exc.StreamConstraintsException limit) {
                problems.write(request, response, ApiProblem.invalid("", "limit_exceeded", limit.getOriginalMessage()));
                return;
            }
        }
        problems.write(request, response, ErrorCode.BAD_REQUEST, "The body is not valid JSON");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void mistyped(MethodArgumentTypeMismatchException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            problems.write(request, response, ErrorCode.NOT_FOUND, "No such resource");
            return;
        }
        problems.write(
                request,
                response,
                ErrorCode.BAD_REQUEST,
                "Parameter '" + e.getName() + "' has a value of the wrong type");
    }

    @ExceptionHandler(MissingPathVariableException.class)
    void missingPath(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(request, response, ErrorCode.NOT_FOUND, "No such resource");
    }

    @ExceptionHandler(ServletRequestBindingException.class)
    void badBinding(ServletRequestBindingException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        problems.write(request, response, ErrorCode.BAD_REQUEST, e.getBody().getDetail());
    }

    @ExceptionHandler(RequestRejectedException.class)
    void rejected(RequestRejectedException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        log.warn("Refused a request the firewall rejects (its message quotes the raw input)");
        problems.write(request, response, ProblemErrorController.rejected());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(request, response, BodySizeLimitFilter.tooLarge());
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    void forbidden(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(request, response, ErrorCode.FORBIDDEN, "This API key's role does not allow this operation");
    }

    @ExceptionHandler({
        CannotGetJdbcConnectionException.class,
        CannotCreateTransactionException.class,
        DataAccessResourceFailureException.class,
        TransientDataAccessResourceException.class
    })
    void databaseDown(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        log.warn("Database unavailable: {}", e.getMessage());
        response.setHeader(HttpHeaders.RETRY_AFTER, "5");
        problems.write(request, response, ErrorCode.SERVICE_UNAVAILABLE, "The database is unavailable; retry shortly");
    }

    @ExceptionHandler(Exception.class)
    void unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (causedBy(e, BodySizeLimitFilter.PayloadTooLarge.class)) {
            problems.write(request, response, BodySizeLimitFilter.tooLarge());
            return;
        }
        if (DatabaseFailures.isUnavailable(e)) {
            databaseDown(e, request, response);
            return;
        }
        log.error("Unexpected failure", e);
        problems.write(request, response, ErrorCode.INTERNAL_ERROR, "An unexpected error occurred; it has been logged");
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
