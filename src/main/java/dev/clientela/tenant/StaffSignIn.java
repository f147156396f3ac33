package dev.clientela.tenant;

import dev.clientela.db.ActingTenant;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Signs a staff user in by email and password. Five failed attempts in a row lock an account for
 * 15 minutes; every refusal (unknown email, wrong password, locked account) reads the same, and an
 * unknown email costs a hash comparison too, so neither the answer nor its timing tells whether the
 * email exists.
 */
class StaffSignIn implements AuthenticationProvider {

    static final int ATTEMPTS = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(15);

    private final StaffUsers users;
    private final PasswordEncoder passwords;
    private final Clock clock;
    /** Made on first use rather than at start: a hash costs a tenth of a second or more, cold. */
    private volatile String decoyHash;

    StaffSignIn(StaffUsers users, PasswordEncoder passwords, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** A hash to check a password against when no user has it, so that a miss takes as long as a hit. */
    private String decoyHash() {
        String hash = decoyHash;
        if (hash == null) {
            hash = passwords.encode("decoy password of no one");
            decoyHash = hash;
        }
        return hash;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String email = request.getName() == null ? "" : request.getName().strip();
        String password =
                request.getCredentials() == null ? "" : request.getCredentials().toString();
        UUID chosen = request.getDetails() instanceof SignInDetails d ? d.tenant() : null;
        if (email.isEmpty() || email.length() > 254 || password.getBytes(StandardCharsets.UTF_8).length > 72) {
            throw refused();
        }
        Instant now = clock.instant();
        List<StaffUsers.SignInCandidate> candidates = users.candidates(email).stream()
                .filter(c -> chosen == null || c.tenantId().equals(chosen))
                .toList();
        List<StaffUsers.SignInCandidate> matched = new ArrayList<>();
        List<StaffUsers.SignInCandidate> unlocked = new ArrayList<>();
        for (StaffUsers.SignInCandidate candidate : candidates) {
            boolean locked =
                    candidate.lockedUntil() != null && candidate.lockedUntil().isAfter(now);
            boolean right = passwords.matches(
                            password, candidate.passwordHash() == null ? decoyHash() : candidate.passwordHash())
                    && candidate.passwordHash() != null;
            if (!locked) {
                unlocked.add(candidate);
                if (right) {
                    matched.add(candidate);
                }
            }
        }
        if (candidates.isEmpty()) {
            passwords.matches(password, decoyHash());
        }
        if (matched.isEmpty()) {
            unlocked.forEach(c -> ActingTenant.as(c.tenantId(), () -> {
                users.failedAttempt(c.tenantId(), c.userId(), ATTEMPTS, now.plus(LOCKOUT));
                return null;
            }));
            throw refused();
        }
        if (matched.size() > 1) {
            throw new TenantChoiceNeeded(matched.stream()
                    .map(c -> new TenantChoice(c.tenantId(), c.tenantName()))
                    .toList());
        }
        StaffUsers.SignInCandidate signedIn = matched.getFirst();
        StaffUser user = ActingTenant.as(signedIn.tenantId(), () -> {
            users.signedIn(signedIn.tenantId(), signedIn.userId());
            return users.find(signedIn.tenantId(), signedIn.userId()).orElseThrow(StaffSignIn::refused);
        });
        return new StaffAuthentication(new StaffIdentity(
                user.id(),
                user.name(),
                user.email(),
                user.tenantId(),
                signedIn.tenantName(),
                user.role(),
                user.locale()));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static BadCredentialsException refused() {
        return new BadCredentialsException("Sign-in refused");
    }

    /** What the sign-in form sends besides email and password: the tenant, once the person chose one. */
    record SignInDetails(UUID tenant) implements java.io.Serializable {}
}
