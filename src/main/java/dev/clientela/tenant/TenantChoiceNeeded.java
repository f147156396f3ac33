package dev.clientela.tenant;

import java.util.List;
import org.springframework.security.core.AuthenticationException;

/** The email and password are right for users of several tenants: the person must say which. */
class TenantChoiceNeeded extends AuthenticationException {

    private final List<TenantChoice> tenants;

    TenantChoiceNeeded(List<TenantChoice> tenants) {
        super("Choose a tenant");
        this.tenants = List.copyOf(tenants);
    }

    List<TenantChoice> tenants() {
        return tenants;
    }
}
