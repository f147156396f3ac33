package dev.clientela.tenant;

import dev.clientela.db.TenantScope;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The tenant of the current request, taken only from its authenticated API key. */
@Component
public class CurrentTenant implements TenantScope {

    /**
     * A console request's security context is read from its session on first use, and reading the
     * session takes a connection, which asks for the tenant again: that inner ask is answered "none"
     * (the session tables belong to no tenant) instead of reading the session once more, and again.
     */
    private static final ThreadLocal<Boolean> READING_CONTEXT = new ThreadLocal<>();

    @Override
    public String currentTenantId() {
        if (READING_CONTEXT.get() != null) {
            return "";
        }
        READING_CONTEXT.set(Boolean.TRUE);
        try {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication != null && authentication.getPrincipal() instanceof Caller caller
                    ? caller.tenantId().toString()
                    : "";
        } finally {
            READING_CONTEXT.remove();
        }
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
