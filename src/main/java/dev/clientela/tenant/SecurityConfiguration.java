package dev.clientela.tenant;

import dev.clientela.web.ErrorCode;
import dev.clientela.web.ProblemResponses;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Every route needs an API key except health, metrics and the API documentation. Which role a route
 * needs is declared on the controller method.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String[] OPEN = {
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/prometheus",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/v3/api-docs.yaml",
        "/swagger-ui.html",
        "/swagger-ui/**",
        "/webjars/swagger-ui/**",
        "/error"
    };

    /**
     * No observation of the security chain, its filters, authentications or authorizations: one per
     * filter on every request cost more than the key check itself, and the wrappers that carry them
     * stayed in the chain even with the observations turned off. {@code http.server.requests} still
     * times each request.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain api(
            HttpSecurity http,
            ApiKeyAuthenticator authenticator,
            ProblemResponses problems,
            IdempotencyKeys idempotency,
            AnonymousAccess anonymousAccess,
            RateLimiter rateLimiter,
            MeterRegistry meters)
            throws Exception {
        return http.csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(
                        new ApiKeyAuthenticationFilter(authenticator, problems, anonymousAccess),
                        AuthorizationFilter.class)
                .addFilterAfter(new RateLimitFilter(rateLimiter, problems, meters), ApiKeyAuthenticationFilter.class)
                .addFilterAfter(new IdempotencyFilter(idempotency, problems), AuthorizationFilter.class)
                .authorizeHttpRequests(routes ->
                        routes.requestMatchers(OPEN).permitAll().anyRequest().authenticated())
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> problems.write(
                                request,
                                response,
                                ErrorCode.UNAUTHORIZED,
                                "Send an API key as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'"))
                        .accessDeniedHandler((request, response, e) -> problems.write(
                                request,
                                response,
                                ErrorCode.FORBIDDEN,
                                "This API key's role does not allow this operation")))
                .build();
    }
}
