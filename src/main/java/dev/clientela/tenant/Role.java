package dev.clientela.tenant;

/** What an API key may do: a viewer reads, an operator also writes, an admin also deletes and manages keys. */
public enum Role {
    VIEWER,
    OPERATOR,
    ADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }
}
