package dev.clientela.client;

/** A client's identity document as stored: canonical number, display form and what the check found. */
public record ClientDocument(
        String country, String type, String number, String formatted, String checkDigit, boolean anonymous) {}
