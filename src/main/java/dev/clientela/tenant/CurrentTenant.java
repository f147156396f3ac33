package dev.clientela.tenant;

import dev.clientela.db.TenantScope;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The tenant of the current request, taken only from its authenticated API key. */
@Component
public class CurrentTenant implements TenantScope {

    @Override
    public String currentTenantId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Caller caller
                ? caller.tenantId().toString()
                : "";
    }

    public UUID id() {
        return caller().tenantId();
    }

    public Caller caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
            return caller;
        }
        throw new IllegalStateException("No authenticated tenant in this request");
    }
}
