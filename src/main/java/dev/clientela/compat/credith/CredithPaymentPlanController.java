package dev.clientela.compat.credith;

import dev.clientela.credit.CreditDesk;
import dev.clientela.credit.PaymentPlan;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Credith's {@code GET /api/payment-plan/:dni}: the open (PENDING or OVERDUE) plan of whoever holds
 * the DNI, with its monthly payments; a deleted client's included, since a debt outlives the
 * client's record.
 */
@RestController
class CredithPaymentPlanController {

    private final CreditDesk credit;
    private final Clock clock;

    CredithPaymentPlanController(CreditDesk credit, Clock clock) {
        this.credit = credit;
        this.clock = clock;
    }

    @GetMapping({CredithDialect.BASE + "/api/payment-plan", CredithDialect.BASE + "/api/payment-plan/"})
    @PreAuthorize("hasRole('VIEWER')")
    Map<String, Object> withoutDni() {
        throw CredithRefusal.dniMissing();
    }

    @GetMapping(CredithDialect.BASE + "/api/payment-plan/{dni}")
    @PreAuthorize("hasRole('VIEWER')")
    Map<String, Object> byDni(@PathVariable String dni) {
        if (dni.isBlank()) {
            throw CredithRefusal.dniMissing();
        }
        return Map.of("paymentPlan", CredithPlanJson.of(openPlanOf(dni.strip()), LocalDate.now(clock)));
    }

    private PaymentPlan openPlanOf(String dni) {
        if (dni.length() > CredithClientJson.MAX_DNI_OR_PHONE) {
            throw CredithRefusal.noActiveDebt(dni);
        }
        return credit.openPlanByDocument(dni).orElseThrow(() -> CredithRefusal.noActiveDebt(dni));
    }
}
