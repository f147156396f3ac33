package dev.clientela.client;

import java.util.Objects;

/** The fields that say who a client is, which the duplicate check compares. */
final class Identity {

    private Identity() {}

    static boolean changed(Client before, Client after) {
        return !Objects.equals(before.name(), after.name())
                || !Objects.equals(before.document(), after.document())
                || !Objects.equals(before.phoneE164(), after.phoneE164())
                || !Objects.equals(before.mobileE164(), after.mobileE164())
                || !Objects.equals(before.email(), after.email())
                || !Objects.equals(city(before), city(after));
    }

    private static String city(Client c) {
        return c.address() == null ? null : c.address().city();
    }
}
