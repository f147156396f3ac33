package dev.clientela.credit;

import dev.clientela.client.Client;
import java.util.UUID;

/** An installment still owed, with the plan and the client (deleted or not) it belongs to. */
public record DueInstallment(
        UUID planId,
        UUID billId,
        UUID clientId,
        String currency,
        boolean planOverdue,
        Installment installment,
        Client client) {

    DueInstallment of(Client holder) {
        return new DueInstallment(planId, billId, clientId, currency, planOverdue, installment, holder);
    }
}
