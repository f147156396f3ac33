package dev.clientela.compat.geotareas;

import dev.clientela.tenant.CurrentTenant;
import dev.clientela.tenant.Tenant;
import dev.clientela.tenant.TenantDirectory;
import org.springframework.stereotype.Component;

/**
 * GeoTareas' {@code tenant} header: required (400 BAD_REQUEST without it) and naming the API
 * key's own tenant, by number or id; any other value is 403 FORBIDDEN, whether or not such a
 * tenant exists, so the answer tells nothing about other tenants. Writes also spend the key's
 * allowance.
 */
@Component
class TenantGate {

    private final TenantDirectory tenants;
    private final CurrentTenant current;
    private final WriteAllowance allowance;

    TenantGate(TenantDirectory tenants, CurrentTenant current, WriteAllowance allowance) {
        this.tenants = tenants;
        this.current = current;
        this.allowance = allowance;
    }

    Tenant read(String header) {
        if (header == null || header.isBlank()) {
            throw GeoTareasProblem.missingTenantHeader();
        }
        Tenant tenant = tenants.current();
        String named = header.strip();
        if (!named.equals(String.valueOf(tenant.number()))
                && !named.equalsIgnoreCase(tenant.id().toString())) {
            throw GeoTareasProblem.otherTenant();
        }
        return tenant;
    }

    Tenant write(String header) {
        Tenant tenant = read(header);
        allowance.take(current.caller().keyId());
        return tenant;
    }
}
