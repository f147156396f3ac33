package dev.clientela.credit;

import com.github.f4b6a3.uuid.UuidCreator;
import dev.clientela.client.Client;
import dev.clientela.money.Money;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a client owes for a bill bought in installments, and what has been paid: the principal
 * financed, the interest its installments carry at the plan's monthly rate, and the down payment
 * made at the till (not part of what is financed).
 */
public record PaymentPlan(
        UUID id,
        UUID clientId,
        UUID billId,
        String currency,
        BigDecimal financed,
        BigDecimal interestRate,
        BigDecimal interest,
        BigDecimal downPayment,
        BigDecimal paid,
        PaymentStatus storedStatus,
        int months,
        int paymentDay,
        LocalDate startingDate,
        Instant createdAt,
        Instant paidAt,
        List<Installment> installments) {

    /**
     * Opens the plan of a bill bought in installments by {@code client}, within the client's credit
     * limit; financing nothing, or over no months, makes a plan born paid.
     */
    static PaymentPlan open(Bill bill, Client client, NewBill terms) {
        BigDecimal financed = bill.financed();
        if (client.creditLimit() != null && financed.compareTo(client.creditLimit()) > 0) {
            throw new ApiProblem(
                    ErrorCode.CREDIT_LIMIT_EXCEEDED,
                    "Financing " + financed + " exceeds the client's credit limit of " + client.creditLimit(),
                    List.of(),
                    Map.of("credit_limit", client.creditLimit(), "financed", financed));
        }
        boolean bornPaid = financed.signum() == 0 || terms.months() == 0;
        List<Installment> installments = bornPaid
                ? List.of()
                : InstallmentSchedule.of(
                        financed,
                        terms.months(),
                        terms.paymentDay(),
                        terms.startingDate(),
                        terms.monthlyInterestRate(),
                        1,
                        terms.installmentRounding());
        BigDecimal interest = installments.stream().map(Installment::interest).reduce(Money.ZERO, BigDecimal::add);
        return new PaymentPlan(
                UuidCreator.getTimeOrderedEpoch(),
                client.id(),
                bill.id(),
                bill.currency(),
                financed,
                terms.monthlyInterestRate(),
                interest,
                bill.downPayment().min(bill.total()),
                bornPaid ? financed : Money.ZERO,
                bornPaid ? PaymentStatus.PAID : PaymentStatus.PENDING,
                terms.months(),
                terms.paymentDay(),
                terms.startingDate(),
                null,
                null,
                installments);
    }

    /** Principal and interest: what the client pays after the down payment. */
    public BigDecimal total() {
        return financed.add(interest);
    }

    public BigDecimal balance() {
        return total().subtract(paid);
    }

    public boolean isPaid() {
        return storedStatus == PaymentStatus.PAID;
    }

    /** PAID; OVERDUE when an installment is past due and unpaid; else PENDING. */
    public PaymentStatus status(LocalDate today) {
        if (isPaid()) {
            return PaymentStatus.PAID;
        }
        boolean overdue = installments.stream().anyMatch(i -> i.status(today) == PaymentStatus.OVERDUE);
        return overdue ? PaymentStatus.OVERDUE : PaymentStatus.PENDING;
    }

    /** What is still owed on installment {@code number} and every one after it. */
    BigDecimal owedFrom(int number) {
        return installments.stream()
                .filter(i -> i.number() >= number)
                .map(Installment::owed)
                .reduce(Money.ZERO, BigDecimal::add);
    }

    /**
     * Applies {@code amount} to the installments from {@code number} on, oldest first, each taking
     * what it still owes; answers the installments that changed. The caller has checked that the
     * amount is no more than {@link #owedFrom}.
     */
    List<Installment> applyPayment(BigDecimal amount, int number) {
        List<Installment> changed = new ArrayList<>();
        BigDecimal left = amount;
        for (Installment i : installments) {
            if (left.signum() == 0) {
                break;
            }
            if (i.number() < number) {
                continue;
            }
            BigDecimal share = left.min(i.owed());
            if (share.signum() > 0) {
                changed.add(i.pay(share));
                left = left.subtract(share);
            }
        }
        return changed;
    }

    /** The installments not yet paid in full: what a reschedule replaces. */
    List<Installment> open() {
        return installments.stream().filter(i -> !i.isPaid()).toList();
    }

    /** An open installment carrying interest, which a reschedule would have to forgive or recompute. */
    boolean hasOpenInterest() {
        return open().stream().anyMatch(i -> i.interest().signum() > 0);
    }

    /**
     * The balance spread over {@code newMonths} installments due from the month after {@code today}:
     * installments paid in full stay as they were, one paid in part is closed at what was paid, and
     * the new ones follow them; all are numbered again from 1 in that order.
     */
    Reschedule reschedule(int newMonths, LocalDate today) {
        List<Installment> kept = new ArrayList<>();
        for (Installment i : installments) {
            if (i.isPaid()) {
                kept.add(i.numbered(kept.size() + 1));
            } else if (i.paid().signum() > 0) {
                kept.add(i.closedAtPaid().numbered(kept.size() + 1));
            }
        }
        BigDecimal principalLeft =
                financed.subtract(kept.stream().map(Installment::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        int next = kept.size() + 1;
        List<Installment> fresh = InstallmentSchedule.of(
                principalLeft, newMonths, paymentDay, today, interestRate, next, RoundingMode.DOWN);
        List<Installment> all = new ArrayList<>(kept);
        all.addAll(fresh);
        BigDecimal newInterest = all.stream().map(Installment::interest).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Reschedule(balance(), all, Money.exact(newInterest));
    }

    PaymentPlan withInstallments(List<Installment> installments) {
        return new PaymentPlan(
                id,
                clientId,
                billId,
                currency,
                financed,
                interestRate,
                interest,
                downPayment,
                paid,
                storedStatus,
                months,
                paymentDay,
                startingDate,
                createdAt,
                paidAt,
                installments);
    }

    /** A plan's new installments, the balance they spread and the interest the plan then carries. */
    record Reschedule(BigDecimal balance, List<Installment> installments, BigDecimal interest) {}
}
