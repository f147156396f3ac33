package dev.clientela.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over 1 MiB: at once when the declared length says so, and while reading
 * when a chunked body grows past it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class BodySizeLimitFilter extends OncePerRequestFilter {

    static final long MAX_BYTES = 1024 * 1024;
    /** Import files stream into the database as they arrive; their own limit is checked there too. */
    static final long MAX_IMPORT_BYTES = 200L * 1024 * 1024;

    static final String IMPORTS = "/api/v1/imports";
    /** The console's upload form: a multipart body around one import file. */
    static final String CONSOLE_IMPORT = "/console/import";

    private final ProblemResponses problems;

    BodySizeLimitFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean post = "POST".equals(request.getMethod());
        boolean consoleImport = post && CONSOLE_IMPORT.equals(request.getRequestURI());
        long limit = post && IMPORTS.equals(request.getRequestURI())
                ? MAX_IMPORT_BYTES
                : consoleImport ? MAX_IMPORT_BYTES + MAX_BYTES : MAX_BYTES;
        // a console upload is read up to its limit rather than refused here, so that its page says why
        if (!consoleImport && request.getContentLengthLong() > limit) {
            problems.write(request, response, new PayloadTooLarge(limit));
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    static PayloadTooLarge tooLarge() {
        return new PayloadTooLarge();
    }

    /** Thrown while reading a body that turned out larger than allowed. */
    static final class PayloadTooLarge extends ApiProblem {
        PayloadTooLarge() {
            this(MAX_BYTES);
        }

        PayloadTooLarge(long limit) {
            super(ErrorCode.PAYLOAD_TOO_LARGE, "The request body exceeds " + limit + " bytes");
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private ServletInputStream stream;
        private final long limit;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class LimitedStream extends ServletInputStream {
        private final ServletInputStream delegate;
        private final long limit;
        private long read;

        LimitedStream(ServletInputStream delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new PayloadTooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
