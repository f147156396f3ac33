package dev.clientela.tenant;

/** How strictly a tenant's identity documents are checked. */
public enum DocumentValidation {
    /** An invalid number is refused. */
    STRICT,
    /** An invalid number is stored, and the response carries warnings. */
    WARN,
    /** Numbers are only normalised. */
    OFF
}
