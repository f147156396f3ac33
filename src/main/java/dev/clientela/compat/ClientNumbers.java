package dev.clientela.compat;

import dev.clientela.client.Client;
import dev.clientela.client.ClientNotFound;
import dev.clientela.client.ClientRegistry;
import dev.clientela.web.PathIds;
import java.util.Optional;
import java.util.UUID;

/**
 * Clients named as the seed APIs name them, by number (an id of anything but digits names none) or
 * by id; a client named by none is {@link ClientNotFound}, which each profile's error table words.
 */
public final class ClientNumbers {

    private ClientNumbers() {}

    public static Client get(ClientRegistry registry, String number) {
        Optional<Client> found =
                number.matches("\\d{1,18}") ? registry.findByNumber(Long.parseLong(number)) : Optional.empty();
        return found.orElseThrow(ClientNotFound::new);
    }

    /** An id in a path: a text that is not a canonical UUID names no client. */
    public static UUID id(String text) {
        return PathIds.uuid(text, ClientNotFound::new);
    }
}
