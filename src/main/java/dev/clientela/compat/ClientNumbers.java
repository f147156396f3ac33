package dev.clientela.compat;

import dev.clientela.client.Client;
import dev.clientela.client.ClientRegistry;
import java.util.Optional;

/** Clients named by their number, as the seed APIs name them: an id of anything but digits names none. */
public final class ClientNumbers {

    private ClientNumbers() {}

    public static Optional<Client> find(ClientRegistry registry, String id) {
        return id.matches("\\d{1,18}") ? registry.findByNumber(Long.parseLong(id)) : Optional.empty();
    }
}
