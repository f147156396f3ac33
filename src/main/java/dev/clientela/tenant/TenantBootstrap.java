package dev.clientela.tenant;

import java.io.PrintStream;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start (no tenant yet) creates the tenant "Default" and its platform key: an ADMIN key
 * that may also open new tenants. The key is {@code CLIENTELA_BOOTSTRAP_API_KEY} when set; otherwise
 * it is generated and printed once on the console, never logged and never shown again.
 */
@Component
class TenantBootstrap implements ApplicationRunner {

    /** Several instances starting on one empty database: only one creates the default tenant. */
    private static final long BOOTSTRAP_LOCK = 0x436c69656e74L;

    private final Tenants tenants;
    private final TenantAdministration administration;
    private final JdbcClient jdbc;
    private final String bootstrapKey;
    private final String defaultCountry;

    TenantBootstrap(
            Tenants tenants,
            TenantAdministration administration,
            JdbcClient jdbc,
            @Value("${clientela.bootstrap-api-key:}") String bootstrapKey,
            @Value("${clientela.default-country:PE}") String defaultCountry) {
        this.tenants = tenants;
        this.administration = administration;
        this.jdbc = jdbc;
        this.bootstrapKey = bootstrapKey;
        this.defaultCountry = defaultCountry.strip().toUpperCase(Locale.ROOT);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        jdbc.sql("select pg_advisory_xact_lock(?)")
                .param(BOOTSTRAP_LOCK)
                .query()
                .singleValue();
        if (tenants.any()) {
            return;
        }
        java.util.UUID id = com.github.f4b6a3.uuid.UuidCreator.getTimeOrderedEpoch();
        tenants.actFor(id);
        Tenant tenant = tenants.insert(id, "Default", defaultCountry, null);
        boolean chosen = !bootstrapKey.isBlank();
        ApiKeySecret secret = chosen ? new ApiKeySecret(bootstrapKey.strip()) : ApiKeySecret.generate();
        administration.issue(tenant.id(), "Platform", Role.ADMIN, true, secret);
        if (!chosen) {
            announce(System.out, secret);
        }
    }

    private static void announce(PrintStream console, ApiKeySecret secret) {
        String line = "=".repeat(78);
        console.println(line);
        console.println(" Clientela created the tenant \"Default\" and its platform API key (ADMIN, may");
        console.println(" create tenants). It is shown this once; store it now:");
        console.println();
        console.println("   " + secret.value());
        console.println();
        console.println(" Use it as: curl -H 'Authorization: Bearer <key>' http://localhost:8080/api/v1/tenant");
        console.println(line);
        console.flush();
    }
}
