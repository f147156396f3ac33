package dev.clientela.tenant;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A signed-in staff user. Its principal is the {@link Caller} every use case reads the tenant and
 * the actor from; its name is the user's id, which names the user's sessions.
 */
public final class StaffAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;
    private final StaffIdentity identity;

    StaffAuthentication(StaffIdentity identity) {
        super(authorities(identity.role()));
        this.identity = identity;
        this.caller = Caller.staff(identity.tenantId(), identity.userId(), identity.role());
        setAuthenticated(true);
    }

    public StaffIdentity identity() {
        return identity;
    }

    @Override
    public Object getPrincipal() {
        return caller;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return identity.userId().toString();
    }

    private static List<GrantedAuthority> authorities(Role granted) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Role role : Role.values()) {
            if (granted.includes(role)) {
                authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
            }
        }
        return authorities;
    }
}
