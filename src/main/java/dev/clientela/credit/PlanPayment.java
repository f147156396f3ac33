package dev.clientela.credit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A payment to a plan as recorded: how much, when, from which installment on, and by which key. */
record PlanPayment(UUID id, BigDecimal amount, Instant paidAt, int fromInstallment, UUID keyId, String requestId) {

    /** Who changed a plan, under which request, and when. */
    record Actor(UUID id, UUID keyId, String requestId, Instant at) {}
}
