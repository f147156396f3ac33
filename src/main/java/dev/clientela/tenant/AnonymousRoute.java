package dev.clientela.tenant;

/**
 * A path that callers without an API key may use, acting for a named tenant (its id or its number)
 * with a named role. A route without a tenant is closed: anonymous callers are refused as usual.
 */
public record AnonymousRoute(String pathPrefix, String tenant, Role role) {

    public AnonymousRoute {
        tenant = tenant == null || tenant.isBlank() ? null : tenant.strip();
        role = role == null ? Role.VIEWER : role;
    }

    boolean covers(String path) {
        return tenant != null && (path.equals(pathPrefix) || path.startsWith(pathPrefix + "/"));
    }
}
