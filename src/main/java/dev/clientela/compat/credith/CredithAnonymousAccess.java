package dev.clientela.compat.credith;

import dev.clientela.tenant.AnonymousRoute;
import dev.clientela.tenant.Role;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Credith's client routes needed no authentication. Off by default; with
 * {@code clientela.compat.credith.anonymous.tenant} (a tenant's id or number) set, callers without an
 * API key act for that tenant with {@code clientela.compat.credith.anonymous.role} (VIEWER unless set).
 */
@Configuration(proxyBeanMethods = false)
class CredithAnonymousAccess {

    @Bean
    AnonymousRoute credithAnonymousClients(
            @Value("${clientela.compat.credith.anonymous.tenant:}") String tenant,
            @Value("${clientela.compat.credith.anonymous.role:VIEWER}") String role) {
        return new AnonymousRoute(
                CredithDialect.BASE + "/api/clients",
                tenant,
                Role.valueOf(role.strip().toUpperCase(Locale.ROOT)));
    }
}
