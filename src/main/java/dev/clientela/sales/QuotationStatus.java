package dev.clientela.sales;

/** Where a quotation stands; EXPIRED is what a PENDING one past its date reads as. */
public enum QuotationStatus {
    PENDING,
    ACCEPTED,
    REJECTED,
    EXPIRED
}
