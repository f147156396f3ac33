package dev.clientela.credit;

/** Where a payment plan or one of its installments stands: OVERDUE once a due date passes unpaid. */
public enum PaymentStatus {
    PENDING,
    OVERDUE,
    PAID
}
