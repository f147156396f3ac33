package dev.clientela.tenant;

import dev.clientela.web.ErrorCode;
import dev.clientela.web.ProblemDialect;
import dev.clientela.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.MDC;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request by its API key ({@code X-API-Key}, or {@code Authorization: Bearer}). A
 * request without a key goes on anonymously, to be refused wherever a key is needed (unless its path
 * is an {@link AnonymousRoute}); a request with a wrong or revoked key is refused here.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiKeyAuthenticator authenticator;
    private final ProblemResponses problems;
    private final AnonymousAccess anonymousAccess;

    ApiKeyAuthenticationFilter(
            ApiKeyAuthenticator authenticator, ProblemResponses problems, AnonymousAccess anonymousAccess) {
        this.authenticator = authenticator;
        this.problems = problems;
        this.anonymousAccess = anonymousAccess;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> presented = presentedKey(request);
        if (presented.isEmpty()) {
            Optional<Caller> anonymous = anonymousAccess.callerFor(ProblemDialect.path(request));
            if (anonymous.isEmpty()) {
                chain.doFilter(request, response);
                return;
            }
            authenticated(anonymous.get(), request, response, chain);
            return;
        }
        Optional<Caller> caller = authenticator.authenticate(presented.get());
        if (caller.isEmpty()) {
            problems.write(request, response, ErrorCode.UNAUTHORIZED, "The API key is not valid or has been revoked");
            return;
        }
        authenticated(caller.get(), request, response, chain);
    }

    private void authenticated(
            Caller caller, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = new PreAuthenticatedAuthenticationToken(caller, null, authorities(caller));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        // Every log line of the request says whose it is: the tenant and the key's id, never the key.
        MDC.put("tenant_id", caller.tenantId().toString());
        if (caller.keyId() != null) {
            MDC.put("key_id", caller.keyId().toString());
        }
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
            MDC.remove("tenant_id");
            MDC.remove("key_id");
        }
    }

    static Optional<String> presentedKey(HttpServletRequest request) {
        String apiKey = request.getHeader("X-API-Key");
        if (apiKey != null && !apiKey.isBlank()) {
            return Optional.of(apiKey);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.of(authorization.substring(BEARER.length()));
        }
        return Optional.empty();
    }

    private static List<GrantedAuthority> authorities(Caller caller) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Role role : Role.values()) {
            if (caller.role().includes(role)) {
                authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
            }
        }
        if (caller.platform()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_PLATFORM"));
        }
        return authorities;
    }
}
