package dev.clientela.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that talk to the running service over real HTTP on a random port, backed by the
 * test JVM's PostgreSQL. Each test opens its own tenants, so tests never see each other's data.
 * The service reads {@link #clock}, which a test may set or move; it is real time again after each test.
 * Its webhook dispatcher makes a pass only when a test asks for one, so it never competes with the
 * instances that dispatch tests start on the same database.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "clientela.bootstrap-api-key=" + ApiTest.PLATFORM_KEY,
            "clientela.rate-limits.enabled=false",
            "clientela.webhooks.dispatch.enabled=false"
        })
@Import(TestClock.Replacement.class)
public abstract class ApiTest {

    public static final String PLATFORM_KEY = "test-platform-key";

    @LocalServerPort
    protected int port;

    protected Api api;

    @Autowired
    protected TestClock clock;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("clientela.db.url", TestDatabase::jdbcUrl);
        registry.add("clientela.db.user", TestDatabase::user);
        registry.add("clientela.db.password", () -> "");
        registry.add("clientela.db.owner-user", TestDatabase::owner);
        registry.add("clientela.db.owner-password", () -> "");
    }

    @BeforeEach
    void connect() {
        api = new Api("http://localhost:" + port);
    }

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    /** Opens a new tenant in {@code country} and returns its ADMIN key. */
    protected String openTenant(String name, String country) {
        var response = api.as(PLATFORM_KEY)
                .post("/api/v1/tenants", "{\"name\":\"%s\",\"country\":\"%s\"}".formatted(name, country));
        if (response.status() != 201) {
            throw new IllegalStateException("Could not open a tenant: " + response);
        }
        return response.body().get("api_key").get("key").stringValue();
    }

    /** Issues a key of {@code role} in the tenant of {@code adminKey}. */
    protected String keyWithRole(String adminKey, String role) {
        var response = api.as(adminKey)
                .post("/api/v1/api-keys", "{\"name\":\"%s key\",\"role\":\"%s\"}".formatted(role, role));
        if (response.status() != 201) {
            throw new IllegalStateException("Could not issue a key: " + response);
        }
        return response.body().get("key").stringValue();
    }
}
