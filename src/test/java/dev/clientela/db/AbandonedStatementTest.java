package dev.clientela.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.ApiTest;
import dev.clientela.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A statement of the service's whose connection is cut, as when the service is killed in the middle of
 * a long duplicate pass, does not run on in PostgreSQL holding what it locked.
 */
class AbandonedStatementTest extends ApiTest {

    @Autowired
    DataSource dataSource;

    @Test
    void aStatementWhoseConnectionIsCutEndsInSeconds() throws Exception {
        ExecutorService running = Executors.newSingleThreadExecutor();
        Connection connection = dataSource.getConnection();
        try {
            var pid = connection.createStatement().executeQuery("select pg_backend_pid()");
            pid.next();
            int backend = pid.getInt(1);
            running.submit(() -> connection.createStatement().execute("select pg_sleep(600)"));
            assertThat(becomes(backend, "active", Duration.ofSeconds(20)))
                    .as("the statement started")
                    .isTrue();
            connection.abort(Runnable::run);
            Instant cut = Instant.now();

            boolean ended = becomes(backend, null, Duration.ofSeconds(30));

            assertThat(ended)
                    .as(
                            "the backend of a connection cut %s s ago still runs its statement",
                            Duration.between(cut, Instant.now()).toSeconds())
                    .isTrue();
        } finally {
            running.shutdownNow();
            closeAborted(connection);
        }
    }

    /** Hands the aborted connection back, so the pool drops it; closing a dead one may complain. */
    private static void closeAborted(Connection connection) {
        try {
            connection.close();
        } catch (SQLException alreadyDead) {
            // the pool has let it go either way
        }
    }

    /**
     * Whether PostgreSQL reports the backend in {@code state} (null: gone) within {@code atMost}. It is
     * the server's own check of the client, on the server's clock, that is waited for: the service's
     * injected clock plays no part, so the test can only watch for it.
     */
    private static boolean becomes(int backend, String state, Duration atMost) throws Exception {
        Instant until = Instant.now().plus(atMost);
        while (!java.util.Objects.equals(state, stateOf(backend))) {
            if (Instant.now().isAfter(until)) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    private static String stateOf(int backend) throws SQLException {
        try (Connection owner = DriverManager.getConnection(TestDatabase.jdbcUrl(), TestDatabase.owner(), "");
                PreparedStatement read = owner.prepareStatement("select state from pg_stat_activity where pid = ?")) {
            read.setInt(1, backend);
            var rs = read.executeQuery();
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
