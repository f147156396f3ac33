package dev.clientela.client;

import dev.clientela.tenant.CurrentTenant;
import dev.clientela.web.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Listing and searching the current tenant's clients. */
@Service
public class ClientFinder {

    private final ClientListing listing;
    private final CurrentTenant current;

    ClientFinder(ClientListing listing, CurrentTenant current) {
        this.listing = listing;
        this.current = current;
    }

    @Transactional(readOnly = true)
    public Page<Client> list(ClientQuery query) {
        return listing.list(current.id(), query);
    }
}
