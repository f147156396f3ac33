package dev.clientela.tenant;

/** Whether saving a client answers the clients it may duplicate. */
public enum DuplicateCheck {
    /** Possible duplicates are listed in the response's warnings; the save is never blocked. */
    WARN,
    /** No duplicate look-up on save. */
    OFF
}
