package dev.clientela.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.ApiTest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The statement that writes a client writes the instants of its event's object itself; they must read
 * exactly as the API writes them, whatever digits their fraction has, or an event would differ from
 * the record it carries.
 */
class EventInstantsTest extends ApiTest {

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private JsonMapper json;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-12-01T08:40:53.968955Z",
                "2026-12-01T08:40:53.968Z",
                "2026-12-01T08:40:53.960Z",
                "2026-12-01T08:40:53.100Z",
                "2026-12-01T08:40:53Z",
                "2026-12-01T08:40:53.000100Z",
                "2026-12-01T08:40:53.000001Z",
                "1999-12-31T23:59:59.999999Z"
            })
    void anInstantTheStatementWritesReadsAsTheApiWritesIt(String text) {
        Instant at = Instant.parse(text);

        String written = jdbc.sql("select " + ClientEvents.instant("cast(:at as timestamptz)"))
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .query(String.class)
                .single();

        assertThat("\"" + written + "\"").isEqualTo(json.writeValueAsString(at));
    }
}
