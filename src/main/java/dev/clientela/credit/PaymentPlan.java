package dev.clientela.credit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a client owes for a bill bought in installments, and what has been paid. */
public record PaymentPlan(
        UUID id,
        UUID clientId,
        UUID billId,
        String currency,
        BigDecimal financed,
        BigDecimal paid,
        String storedStatus,
        int months,
        int paymentDay,
        LocalDate startingDate,
        Instant createdAt,
        Instant paidAt,
        List<Installment> installments) {

    public BigDecimal balance() {
        return financed.subtract(paid);
    }

    /** PAID; OVERDUE when an installment is past due and unpaid; else PENDING. */
    public String status(LocalDate today) {
        if (storedStatus.equals("PAID")) {
            return "PAID";
        }
        boolean overdue = installments.stream().anyMatch(i -> i.status(today).equals("OVERDUE"));
        return overdue ? "OVERDUE" : "PENDING";
    }

    PaymentPlan withInstallments(List<Installment> installments) {
        return new PaymentPlan(
                id,
                clientId,
                billId,
                currency,
                financed,
                paid,
                storedStatus,
                months,
                paymentDay,
                startingDate,
                createdAt,
                paidAt,
                installments);
    }
}
