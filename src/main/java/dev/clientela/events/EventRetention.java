package dev.clientela.events;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Events and delivery attempts are kept for the retention (30 days unless configured), then forgotten. */
@Component
class EventRetention {

    private final Outbox outbox;
    private final Clock clock;
    private final Duration retention;

    EventRetention(Outbox outbox, Clock clock, @Value("${clientela.events.retention:30d}") Duration retention) {
        this.outbox = outbox;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    int purge() {
        return outbox.purge(clock.instant().minus(retention));
    }
}
