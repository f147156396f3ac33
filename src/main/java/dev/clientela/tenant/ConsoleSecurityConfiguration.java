package dev.clientela.tenant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * The console's own chain, beside the API's stateless one: a sign-in form, a session shared by every
 * instance (Spring Session over the database), CSRF on every form and htmx request, and the pages'
 * security headers. The session id changes at sign-in, so a session fixed beforehand gains nothing.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfiguration {

    static final String LOGIN = "/console/login";
    static final String CHOICE = "clientela.console.tenant-choice";

    private static final String[] OPEN = {LOGIN, "/console/set-password", "/console/assets/**", "/console/webjars/**"};

    /** Passwords are hashed with bcrypt (the delegating encoder's current default), read by their prefix. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain console(HttpSecurity http, StaffUsers users, PasswordEncoder passwords, Clock clock)
            throws Exception {
        StaffSignIn signIn = new StaffSignIn(users, passwords, clock);
        return http.securityMatcher("/console/**")
                .authenticationManager(new ProviderManager(signIn))
                .authorizeHttpRequests(routes ->
                        routes.requestMatchers(OPEN).permitAll().anyRequest().authenticated())
                .formLogin(form -> form.loginPage(LOGIN)
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .authenticationDetailsSource(ConsoleSecurityConfiguration::details)
                        .successHandler(ConsoleSecurityConfiguration::signedIn)
                        .failureHandler(ConsoleSecurityConfiguration::refused)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/console/logout")
                        .logoutSuccessUrl(LOGIN + "?signed-out")
                        .invalidateHttpSession(true))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                                        + " frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) -> forbidden(response)))
                .build();
    }

    private static StaffSignIn.SignInDetails details(HttpServletRequest request) {
        String tenant = request.getParameter("tenant");
        try {
            return new StaffSignIn.SignInDetails(tenant == null || tenant.isBlank() ? null : UUID.fromString(tenant));
        } catch (IllegalArgumentException e) {
            return new StaffSignIn.SignInDetails(new UUID(0, 0));
        }
    }

    /**
     * To the page asked for before signing in, when it was a console page of this service (Spring
     * Security saves only those), else the till; never to an address named by a parameter.
     */
    private static void signedIn(
            HttpServletRequest request,
            HttpServletResponse response,
            org.springframework.security.core.Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        if (authentication instanceof StaffAuthentication staff) {
            request.getSession()
                    .setAttribute(
                            SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME,
                            staff.identity().locale().locale());
        }
        request.getSession().removeAttribute(CHOICE);
        SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();
        saved.setDefaultTargetUrl("/console");
        saved.onAuthenticationSuccess(request, response, authentication);
    }

    private static void refused(
            HttpServletRequest request,
            HttpServletResponse response,
            org.springframework.security.core.AuthenticationException e)
            throws IOException {
        if (e instanceof TenantChoiceNeeded choice) {
            request.getSession()
                    .setAttribute(CHOICE, new TenantChoices(request.getParameter("email"), choice.tenants()));
            response.sendRedirect(LOGIN + "?choose");
            return;
        }
        response.sendRedirect(LOGIN + "?error");
    }

    private static void forbidden(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write("""
                        <!doctype html><html lang="es"><head><meta charset="utf-8"><title>Acceso denegado</title></head>
                        <body><main><h1>Acceso denegado</h1><p>La solicitud fue rechazada: vuelva a la página y\
                         inténtelo de nuevo.</p><p><a href="/console">Volver a la consola</a></p></main></body></html>
                        """.getBytes(StandardCharsets.UTF_8));
    }
}
