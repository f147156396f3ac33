package dev.clientela.tenant;

import com.github.f4b6a3.uuid.UuidCreator;
import dev.clientela.db.ActingTenant;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The use cases of staff users: the API's and the console's alike. */
@Service
public class StaffAdministration {

    static final Duration LINK_LIFETIME = Duration.ofHours(24);

    private final StaffUsers users;
    private final CurrentTenant current;
    private final PasswordEncoder passwords;
    private final StaffSessions sessions;
    private final TransactionTemplate transactions;
    private final Clock clock;

    StaffAdministration(
            StaffUsers users,
            CurrentTenant current,
            PasswordEncoder passwords,
            StaffSessions sessions,
            TransactionTemplate transactions,
            Clock clock) {
        this.users = users;
        this.current = current;
        this.passwords = passwords;
        this.sessions = sessions;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A new user of the current tenant, with the token of their one-time set-password link. */
    @Transactional
    public Invited invite(String email, String name, Role role, StaffLocale locale) {
        UUID tenantId = current.id();
        StaffUser user;
        try {
            user = users.insert(tenantId, UuidCreator.getTimeOrderedEpoch(), email, name, role, locale);
        } catch (DuplicateKeyException e) {
            throw duplicateEmail();
        }
        return new Invited(user, link(tenantId, user.id()));
    }

    /** A fresh set-password link for a user who forgot theirs (the old password stays until it is used). */
    @Transactional
    public Invited newLink(UUID id) {
        StaffUser user = find(id);
        return new Invited(user, link(current.id(), id));
    }

    @Transactional(readOnly = true)
    public List<StaffUser> list() {
        return users.list(current.id());
    }

    @Transactional(readOnly = true)
    public StaffUser find(UUID id) {
        return users.find(current.id(), id).orElseThrow(StaffAdministration::notFound);
    }

    /** Applies the given changes (null: unchanged); a changed role ends the user's sessions. */
    @Transactional
    public StaffUser update(UUID id, String email, String name, Role role, StaffLocale locale) {
        StaffUser stored = find(id);
        StaffUser changed = new StaffUser(
                id,
                stored.tenantId(),
                email != null ? email : stored.email(),
                name != null ? name : stored.name(),
                role != null ? role : stored.role(),
                locale != null ? locale : stored.locale(),
                stored.hasPassword(),
                stored.version(),
                stored.createdAt(),
                stored.updatedAt());
        try {
            StaffUser saved = users.update(current.id(), changed);
            if (saved.role() != stored.role() || !saved.email().equalsIgnoreCase(stored.email())) {
                sessions.end(id);
            }
            return saved;
        } catch (DuplicateKeyException e) {
            throw duplicateEmail();
        }
    }

    /** Removes the user and ends their sessions at once. */
    @Transactional
    public void delete(UUID id) {
        if (!users.delete(current.id(), id)) {
            throw notFound();
        }
        sessions.end(id);
    }

    /** Whether this token opens a link that can still set a password. */
    public boolean linkUsable(String token) {
        return usableLink(token).isPresent();
    }

    /** Sets the password through a one-time link; the link is then spent. */
    public void setPassword(String token, String password) {
        StaffUsers.StoredLink link = usableLink(token).orElseThrow(StaffAdministration::linkNotUsable);
        ActingTenant.as(
                link.tenantId(),
                () -> transactions.execute(tx -> {
                    StaffUser user =
                            users.find(link.tenantId(), link.userId()).orElseThrow(StaffAdministration::linkNotUsable);
                    PasswordRules.check(password, user.email());
                    if (!users.useLink(link.tenantId(), link.id(), clock.instant())) {
                        throw linkNotUsable();
                    }
                    users.setPassword(link.tenantId(), user.id(), passwords.encode(password));
                    sessions.end(user.id());
                    return null;
                }));
    }

    private Optional<StaffUsers.StoredLink> usableLink(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return users.link(new PasswordLink(token.strip()))
                .filter(l -> l.usedAt() == null && l.expiresAt().isAfter(now));
    }

    private PasswordLink link(UUID tenantId, UUID userId) {
        PasswordLink link = PasswordLink.generate();
        Instant now = clock.instant();
        users.insertLink(tenantId, UuidCreator.getTimeOrderedEpoch(), userId, link, now.plus(LINK_LIFETIME), now);
        return link;
    }

    private static ApiProblem notFound() {
        return ApiProblem.notFound("The user");
    }

    private static ApiProblem duplicateEmail() {
        return new ApiProblem(ErrorCode.DUPLICATE_EMAIL, "Another user of this tenant already has this email");
    }

    private static ApiProblem linkNotUsable() {
        return new ApiProblem(ErrorCode.NOT_FOUND, "This set-password link is unknown, used or expired");
    }

    /** A user just invited or sent a new link: the only moment the link's token is known. */
    public record Invited(StaffUser user, String token) {
        Invited(StaffUser user, PasswordLink link) {
            this(user, link.token());
        }
    }
}
