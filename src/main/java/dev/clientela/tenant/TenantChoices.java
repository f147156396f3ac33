package dev.clientela.tenant;

import java.io.Serializable;
import java.util.List;

/** Kept in the session after a sign-in whose email and password fit users of several tenants. */
public record TenantChoices(String email, List<TenantChoice> tenants) implements Serializable {

    public static final String ATTRIBUTE = ConsoleSecurityConfiguration.CHOICE;

    public TenantChoices {
        tenants = List.copyOf(tenants);
    }
}
