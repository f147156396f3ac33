package dev.clientela.client;

/**
 * A client's identity document as stored: canonical number, display form, what the check found, and
 * the number as the caller wrote it ({@code typed}; null for clients stored before it was kept).
 */
public record ClientDocument(
        String country,
        String type,
        String number,
        String formatted,
        String checkDigit,
        boolean anonymous,
        String typed) {

    /** As the caller wrote it; for a client stored before that was kept, {@code otherwise}. */
    public String typedOr(String otherwise) {
        return typed != null ? typed : otherwise;
    }
}
