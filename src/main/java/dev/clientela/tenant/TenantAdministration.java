package dev.clientela.tenant;

import com.github.f4b6a3.uuid.UuidCreator;
import dev.clientela.web.ApiProblem;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The use cases of tenants and their keys. */
@Service
public class TenantAdministration {

    private final Tenants tenants;
    private final ApiKeys keys;
    private final ApiKeyAuthenticator authenticator;
    private final CurrentTenant current;
    private final TenantDirectory directory;

    TenantAdministration(
            Tenants tenants,
            ApiKeys keys,
            ApiKeyAuthenticator authenticator,
            CurrentTenant current,
            TenantDirectory directory) {
        this.tenants = tenants;
        this.keys = keys;
        this.authenticator = authenticator;
        this.current = current;
        this.directory = directory;
    }

    /** A new tenant with its first ADMIN key. */
    @Transactional
    TenantWithKey open(String name, String country, String taxId) {
        UUID id = UuidCreator.getTimeOrderedEpoch();
        tenants.actFor(id);
        Tenant tenant = tenants.insert(id, name, country, taxId);
        IssuedKey key = issue(tenant.id(), name + " admin", Role.ADMIN, false);
        return new TenantWithKey(tenant, key);
    }

    @Transactional(readOnly = true)
    Tenant current() {
        return tenants.find(current.id()).orElseThrow(() -> ApiProblem.notFound("The tenant"));
    }

    @Transactional
    Tenant update(TenantPatch patch) {
        Tenant tenant = current();
        Tenant updated = tenants.update(patch.applyTo(tenant));
        directory.forget(updated.id());
        return updated;
    }

    @Transactional
    public IssuedKey issueKey(String name, Role role, Integer rateLimit) {
        ApiKeySecret secret = ApiKeySecret.generate();
        ApiKey key = keys.insert(current.id(), UuidCreator.getTimeOrderedEpoch(), name, role, false, secret, rateLimit);
        return new IssuedKey(key, secret);
    }

    @Transactional(readOnly = true)
    public List<ApiKey> keys() {
        return keys.list(current.id());
    }

    @Transactional
    public void revoke(UUID keyId) {
        UUID tenantId = current.id();
        if (!keys.revoke(tenantId, keyId) && !keys.exists(tenantId, keyId)) {
            throw ApiProblem.notFound("The API key");
        }
        authenticator.forgetAll();
    }

    IssuedKey issue(UUID tenantId, String name, Role role, boolean platform) {
        return issue(tenantId, name, role, platform, ApiKeySecret.generate());
    }

    IssuedKey issue(UUID tenantId, String name, Role role, boolean platform, ApiKeySecret secret) {
        ApiKey key = keys.insert(tenantId, UuidCreator.getTimeOrderedEpoch(), name, role, platform, secret, null);
        return new IssuedKey(key, secret);
    }

    record TenantWithKey(Tenant tenant, IssuedKey key) {}
}
