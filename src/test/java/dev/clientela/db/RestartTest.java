package dev.clientela.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientela.ClientelaApplication;
import dev.clientela.support.Api;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The service as an operator runs it: its own PostgreSQL, its files in a data directory. */
class RestartTest {

    private static final String PLATFORM_KEY = "restart-key";

    @TempDir
    Path dataDir;

    @Test
    void whatWasStoredSurvivesARestartAndASecondInstanceCannotShareTheDataDirectory() {
        String issuedKey;
        String tenantId;
        try (var first = start()) {
            Api api = api(first);
            var issued = api.as(PLATFORM_KEY).post("/api/v1/api-keys", "{\"name\":\"Caja\",\"role\":\"VIEWER\"}");
            assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
            issuedKey = issued.body().get("key").stringValue();
            tenantId = api.as(issuedKey).tenantId().toString();

            assertThatThrownBy(this::start)
                    .hasRootCauseInstanceOf(DataDirectoryInUse.class)
                    .rootCause()
                    .hasMessageContaining("is in use")
                    .hasMessageContaining(dataDir.toAbsolutePath().toString());

            assertThat(api.as(issuedKey).get("/api/v1/tenant").status())
                    .as("the first instance keeps serving")
                    .isEqualTo(200);
        }

        try (var second = start()) {
            var tenant = api(second).as(issuedKey).get("/api/v1/tenant");

            assertThat(tenant.status()).as(tenant.toString()).isEqualTo(200);
            assertThat(tenant.body().get("id").stringValue()).isEqualTo(tenantId);
        }
    }

    /**
     * Settings go in as command-line arguments: default properties would lose to application.yml,
     * and the test would then run on port 8080 with the developer's own data directory.
     */
    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ClientelaApplication.class)
                .run(
                        "--server.port=0",
                        "--clientela.data-dir=" + dataDir,
                        "--clientela.db.url=",
                        "--clientela.bootstrap-api-key=" + PLATFORM_KEY);
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api("http://localhost:" + context.getEnvironment().getProperty("local.server.port"));
    }
}
