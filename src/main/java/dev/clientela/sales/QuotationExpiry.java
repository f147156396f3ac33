package dev.clientela.sales;

import dev.clientela.db.ActingTenant;
import dev.clientela.events.Events;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A pending quotation expires when the clock passes its date, with no request to raise the event, so
 * this looks every minute for quotations expired and not yet announced, and raises quotation.expired
 * once for each, as the quotation's tenant.
 */
@Component
class QuotationExpiry {

    private static final int BATCH = 500;

    private final Quotations quotations;
    private final Events events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    QuotationExpiry(Quotations quotations, Events events, Clock clock, PlatformTransactionManager transactions) {
        this.quotations = quotations;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    int announce() {
        LocalDate today = LocalDate.now(clock);
        int announced = 0;
        for (UUID tenant : quotations.tenantsWithExpired(today)) {
            announced += ActingTenant.as(tenant, () -> {
                int n = 0;
                int batch;
                do {
                    batch = transaction.execute(status -> {
                        List<Quotation> expired = quotations.announceExpired(tenant, today, clock.instant(), BATCH);
                        expired.forEach(q -> events.raiseFor(
                                tenant, "quotation.expired", SalesController.QuotationView.of(q, today)));
                        return expired.size();
                    });
                    n += batch;
                } while (batch == BATCH);
                return n;
            });
        }
        return announced;
    }
}
