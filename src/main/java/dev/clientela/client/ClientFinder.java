package dev.clientela.client;

import dev.clientela.tenant.CurrentTenant;
import dev.clientela.web.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Listing and searching the current tenant's clients. */
@Service
public class ClientFinder {

    private final ClientListing listing;
    private final CurrentTenant current;
    private final TransactionTemplate readOnly;

    ClientFinder(ClientListing listing, CurrentTenant current, PlatformTransactionManager transactions) {
        this.listing = listing;
        this.current = current;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * A page of the plain listing is one statement, so it runs without a transaction: one round trip,
     * not three. A search (its statement timeout is local to a transaction) or a page with its total
     * (two statements that must agree) runs in one.
     */
    public Page<Client> list(ClientQuery query) {
        if (query.q() == null && !query.includeTotal()) {
            return listing.list(current.id(), query);
        }
        return readOnly.execute(status -> listing.list(current.id(), query));
    }
}
