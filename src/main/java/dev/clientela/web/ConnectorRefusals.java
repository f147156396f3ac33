package dev.clientela.web;

import jakarta.servlet.RequestDispatcher;
import java.io.IOException;
import java.text.MessageFormat;
import java.text.ParseException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.res.StringManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Answers the requests Tomcat refuses before any filter sees them (a request line or header it
 * cannot parse, a path that does not decode, duplicate lengths, unknown transfer codings, a head
 * too large) with the route's problem body instead of Tomcat's HTML page, and always as a 4xx:
 * these are the client's faults, so Tomcat's 501 and 505 become 400.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE) // after Spring Boot's own, which adds an HTML report to replace
class ConnectorRefusals implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final ObjectProvider<ProblemResponses> problems;

    ConnectorRefusals(ObjectProvider<ProblemResponses> problems) {
        this.problems = problems;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            for (var valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve html) {
                    host.getPipeline().removeValve(html);
                }
            }
            host.getPipeline().addValve(new ProblemReport(problems));
            // the host adds its own HTML error report unless it finds one of this class
            ((StandardHost) host).setErrorReportValveClass(ProblemReport.class.getName());
        });
    }

    static final class ProblemReport extends ErrorReportValve {

        private static final Logger log = LoggerFactory.getLogger(ConnectorRefusals.class);
        private static final StringManager TOMCAT = StringManager.getManager("org.apache.coyote.http11");
        private static final String HEAD_TOO_LARGE = TOMCAT.getString("iib.requestheadertoolarge.error");
        private static final String INVALID_TARGET = TOMCAT.getString("iib.invalidRequestTarget");

        private final ObjectProvider<ProblemResponses> problems;

        ProblemReport(ObjectProvider<ProblemResponses> problems) {
            this.problems = problems;
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean writable = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
            if (!writable.get()) {
                return;
            }
            ApiProblem problem = problemFor(request, response);
            String id = UUID.randomUUID().toString();
            MDC.put(RequestIdFilter.MDC_KEY, id);
            try {
                log.warn("Refused by the connector with {}: {}", response.getStatus(), problem.getMessage());
                response.setHeader(RequestIdFilter.HEADER, id);
                problems.getObject().write(path(request), response, problem);
                response.finishResponse();
            } catch (IOException | RuntimeException e) {
                log.warn("Could not answer a refused request: {}", e.toString());
            } finally {
                MDC.remove(RequestIdFilter.MDC_KEY);
            }
        }

        private static Object failure(Request request) {
            return request.getCoyoteRequest().getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        }

        /**
         * The path the request named. When its target held a character Tomcat refuses, the target
         * read up to that character is known only from Tomcat's message; it is enough to tell the
         * profile.
         */
        private static String path(Request request) {
            if (request.getCoyoteRequest().requestURI().isNull()
                    && failure(request) instanceof IllegalArgumentException e
                    && e.getMessage() != null) {
                try {
                    Object[] target = new MessageFormat(INVALID_TARGET).parse(e.getMessage());
                    return target.length > 0 && target[0] instanceof String t ? t : "";
                } catch (ParseException notThatFailure) {
                    return "";
                }
            }
            return ProblemDialect.path(request);
        }

        private static ApiProblem problemFor(Request request, Response response) {
            if (failure(request) instanceof IllegalArgumentException e && HEAD_TOO_LARGE.equals(e.getMessage())) {
                // the line is read before the headers: no target yet means the line itself overflowed
                return request.getCoyoteRequest().requestURI().isNull()
                        ? new ApiProblem(ErrorCode.URI_TOO_LONG, "The request line exceeds the server's limit")
                        : new ApiProblem(
                                ErrorCode.REQUEST_HEADERS_TOO_LARGE, "The request headers exceed the server's limit");
            }
            return switch (response.getStatus()) {
                case 400 ->
                    new MalformedRequest("The request line or a header is malformed: an invalid character, "
                            + "percent-escape or UTF-8 sequence, or a header given twice");
                case 501 ->
                    new MalformedRequest("The Transfer-Encoding is not supported; send the body with "
                            + "Content-Length or as chunked");
                case 505 -> new MalformedRequest("The HTTP version is not supported; use HTTP/1.1");
                default -> {
                    ErrorCode code = ErrorCode.forStatus(response.getStatus());
                    yield new ApiProblem(code, code.title());
                }
            };
        }
    }
}
