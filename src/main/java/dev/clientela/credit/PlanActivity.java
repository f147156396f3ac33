package dev.clientela.credit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One change to a plan as recorded: a PAYMENT (its amount, when it was paid, from which installment)
 * or a RESCHEDULE (the balance spread and the installments before and after); with the key and
 * request that made it.
 */
public record PlanActivity(
        String type,
        UUID id,
        Instant at,
        BigDecimal amount,
        Integer fromInstallment,
        BigDecimal balance,
        Integer monthsBefore,
        Integer monthsAfter,
        UUID keyId,
        String requestId) {}
