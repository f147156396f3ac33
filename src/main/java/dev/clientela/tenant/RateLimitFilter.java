package dev.clientela.tenant;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import dev.clientela.web.ProblemResponses;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spends one request of the caller's budget and says so in {@code RateLimit-Limit},
 * {@code RateLimit-Remaining} and {@code RateLimit-Reset}; over budget, 429 with
 * {@code Retry-After}. When the budgets cannot be read (the database is down), requests go on: the
 * database's own refusal then answers them.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

    /**
     * Reads sent as POST only because they carry a body: they change nothing, so they spend the
     * read budget (a shop checking its old client list must not run out of writes).
     */
    private static final Set<String> READS_SENT_AS_POST = Set.of("/api/v1/documents/validate");

    private final RateLimiter limiter;
    private final ProblemResponses problems;
    private final MeterRegistry meters;

    RateLimitFilter(RateLimiter limiter, ProblemResponses problems, MeterRegistry meters) {
        this.limiter = limiter;
        this.problems = problems;
        this.meters = meters;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!limiter.enabled() || authentication == null || !(authentication.getPrincipal() instanceof Caller caller)) {
            chain.doFilter(request, response);
            return;
        }
        boolean write = writes(request);
        RateLimiter.Decision decision;
        try {
            decision = limiter.take(caller, write);
        } catch (DataAccessException | IllegalStateException e) {
            log.warn("Rate limits unavailable, request let through: {}", e.getMessage());
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("RateLimit-Limit", String.valueOf(decision.limit()));
        response.setHeader("RateLimit-Remaining", String.valueOf(decision.remaining()));
        response.setHeader("RateLimit-Reset", String.valueOf(decision.resetSeconds()));
        if (!decision.allowed()) {
            meters.counter("clientela.rate_limit.refusals", "budget", write ? "write" : "read")
                    .increment();
            log.warn(
                    "Refused with 429: the key has used its {} budget of {}",
                    write ? "write" : "read",
                    decision.limit());
            response.setHeader("Retry-After", String.valueOf(Math.max(1, decision.retryAfterSeconds())));
            problems.write(
                    request,
                    response,
                    new ApiProblem(
                            ErrorCode.RATE_LIMITED,
                            "This API key has used its " + (write ? "write" : "read") + " budget of " + decision.limit()
                                    + " requests; retry after " + Math.max(1, decision.retryAfterSeconds()) + " s"));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean writes(HttpServletRequest request) {
        return switch (request.getMethod()) {
            case "GET", "HEAD" -> false;
            case "POST" ->
                !READS_SENT_AS_POST.contains(request.getRequestURI()
                        .substring(request.getContextPath().length()));
            default -> true;
        };
    }
}
