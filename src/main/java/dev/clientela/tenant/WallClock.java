package dev.clientela.tenant;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the service, in UTC. Every rule that depends on the date or the time (expiry,
 * overdue installments, default dates, key caches, rate-limit refills) reads it from here, so that
 * a test can set the time instead of waiting for it.
 */
@Configuration(proxyBeanMethods = false)
class WallClock {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
