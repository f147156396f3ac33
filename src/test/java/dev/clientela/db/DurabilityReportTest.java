package dev.clientela.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** An operator whose PostgreSQL is not durable is told so at start, loudly. */
@ExtendWith(OutputCaptureExtension.class)
class DurabilityReportTest {

    @Test
    void warnsWhenTheDatabaseRunsWithoutFsync(CapturedOutput output) {
        // The tests' own database trades durability for speed: it is exactly such a server.
        var report =
                new DurabilityReport(new DriverManagerDataSource(TestDatabase.jdbcUrl(), TestDatabase.owner(), ""));

        assertThat(report.read()).containsEntry("fsync", "off");
        report.report();

        assertThat(output).contains("WARN").contains("PostgreSQL IS NOT DURABLE: fsync, synchronous_commit off");
    }
}
