package dev.clientela.tenant;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import dev.clientela.web.ProblemResponses;
import dev.clientela.web.TextRules;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes a POST with an {@code Idempotency-Key} safe to retry: the first request runs; a repeat with
 * the same key and body gets the same status and body back with {@code Idempotent-Replayed: true}
 * and changes nothing; the same key with another body is refused, and so is a repeat while the
 * first is still running. Keys belong to the caller's tenant and are kept for 24 hours.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";

    private final IdempotencyKeys keys;
    private final ProblemResponses problems;

    IdempotencyFilter(IdempotencyKeys keys, ProblemResponses problems) {
        this.keys = keys;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // an import's file is too large to hold in memory: the import keeps its own idempotency keys
        return !"POST".equals(request.getMethod())
                || request.getHeader(HEADER) == null
                || "/api/v1/imports".equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Caller caller)) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER);
        if (key.isBlank() || key.length() > 255 || !TextRules.isClean(key)) {
            problems.write(
                    request,
                    response,
                    ApiProblem.invalid(HEADER, "invalid_value", "must be 1 to 255 printable characters"));
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (ApiProblem tooLarge) {
            problems.write(request, response, tooLarge);
            return;
        }
        byte[] hash = hash(request, body);
        if (keys.claim(caller.tenantId(), key, hash)) {
            run(new CachedBodyRequest(request, body), response, chain, caller, key);
            return;
        }
        var stored = keys.find(caller.tenantId(), key);
        if (stored.isEmpty()) {
            problems.write(
                    request,
                    response,
                    new ApiProblem(
                            ErrorCode.IDEMPOTENCY_IN_PROGRESS,
                            "A request with this idempotency key has just finished or started; retry"));
        } else if (!Arrays.equals(stored.get().requestHash(), hash)) {
            problems.write(
                    request,
                    response,
                    new ApiProblem(
                            ErrorCode.IDEMPOTENCY_KEY_REUSED,
                            "This idempotency key was used with a different request",
                            List.of(),
                            Map.of()));
        } else if (!stored.get().done()) {
            problems.write(
                    request,
                    response,
                    new ApiProblem(
                            ErrorCode.IDEMPOTENCY_IN_PROGRESS,
                            "The first request with this idempotency key is still running"));
        } else {
            replay(stored.get(), response);
        }
    }

    private void run(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain, Caller caller, String key)
            throws IOException, ServletException {
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(request, captured);
            if (captured.getStatus() < 500) {
                keys.complete(
                        caller.tenantId(),
                        key,
                        captured.getStatus(),
                        captured.getContentType(),
                        captured.getHeader("Location"),
                        captured.getHeader("ETag"),
                        captured.getContentAsByteArray());
                completed = true;
            }
        } finally {
            if (!completed) {
                keys.release(caller.tenantId(), key);
            }
            captured.copyBodyToResponse();
        }
    }

    private static void replay(IdempotencyKeys.Stored stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        response.setHeader("Idempotent-Replayed", "true");
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader("Location", stored.location());
        }
        if (stored.etag() != null) {
            response.setHeader("ETag", stored.etag());
        }
        if (stored.body() != null) {
            response.getOutputStream().write(stored.body());
        }
    }

    private static byte[] hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String query = request.getQueryString();
            digest.update((request.getRequestURI() + (query == null ? "" : "?" + query) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request with its body already read, readable again by the controller. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
