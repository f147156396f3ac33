package dev.clientela.web;

import static dev.clientela.web.ProblemResponseTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.ApiTest;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Failures nobody planned for: a bug answers 500 without telling its secrets, a lost database 503. */
@Import(UnexpectedFailureTest.FailingRoutes.class)
class UnexpectedFailureTest extends ApiTest {

    @Test
    void aBugIsAnInternalErrorThatRevealsNothingOfTheCode() {
        var response = api.as(PLATFORM_KEY).get("/test-only/bug");

        assertProblem(response, 500, "INTERNAL_ERROR");
        assertThat(response.text())
                .doesNotContain("SELECT")
                .doesNotContain("secret")
                .doesNotContain("Exception")
                .doesNotContain("dev.clientela")
                .doesNotContain("at ");
    }

    @Test
    void aDatabaseThatCannotBeReachedMakesTheServiceUnavailableForAWhile() {
        var response = api.as(PLATFORM_KEY).get("/test-only/database-down");

        assertProblem(response, 503, "SERVICE_UNAVAILABLE");
        assertThat(response.header("Retry-After")).matches("\\d+");
        assertThat(response.text()).doesNotContain("Connection refused");
    }

    /**
     * Routes that fail the way a bug or an outage would. Imported by this class only; component
     * scanning in the other tests' contexts skips classes nested in a test class.
     */
    @RestController
    static class FailingRoutes {

        @GetMapping("/test-only/bug")
        String bug() {
            throw new IllegalStateException("column missing in SELECT secret FROM api_keys WHERE prefix = ?");
        }

        @GetMapping("/test-only/database-down")
        String databaseDown() {
            throw new CannotGetJdbcConnectionException(
                    "Failed to obtain JDBC Connection", new SQLException("Connection refused"));
        }
    }
}
