package dev.clientela.tenant;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The console sessions of a user, named by the user's id. Ending them signs the user out on every
 * instance at once: each request reads its session from the shared table.
 */
@Repository
class StaffSessions {

    private final JdbcClient jdbc;

    StaffSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void end(UUID userId) {
        jdbc.sql("delete from spring_session where principal_name = ?")
                .param(userId.toString())
                .update();
    }
}
