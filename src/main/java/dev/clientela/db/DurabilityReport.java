package dev.clientela.db;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads back, at start, the settings that decide whether a client answered 201 survives a crash, as
 * the service's own connections see them (a role or database may override the server's file).
 */
@Component
class DurabilityReport {

    private static final Logger log = LoggerFactory.getLogger(DurabilityReport.class);
    private static final List<String> SETTINGS = List.of("fsync", "synchronous_commit", "full_page_writes");

    private final JdbcClient jdbc;

    DurabilityReport(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @EventListener(ApplicationStartedEvent.class)
    void report() {
        Map<String, String> settings;
        try {
            settings = read();
        } catch (RuntimeException e) {
            log.warn("Could not read PostgreSQL's durability settings: {}", e.getMessage());
            return;
        }
        List<String> unsafe = SETTINGS.stream()
                .filter(name -> "off".equals(settings.get(name)))
                .toList();
        if (unsafe.isEmpty()) {
            log.info("PostgreSQL durability: {}", settings);
        } else {
            log.warn(
                    "PostgreSQL IS NOT DURABLE: {} off ({}). Clients answered 201 can be lost when the server"
                            + " crashes or is killed, and fsync=off can corrupt the whole cluster on a power cut."
                            + " Turn them on in postgresql.conf (or for the service's role and database).",
                    String.join(", ", unsafe),
                    settings);
        }
    }

    Map<String, String> read() {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String name : SETTINGS) {
            settings.put(
                    name,
                    jdbc.sql("select current_setting(?)")
                            .param(name)
                            .query(String.class)
                            .single());
        }
        return settings;
    }
}
