package dev.clientela.compat.credith;

import dev.clientela.credit.BillInput;
import dev.clientela.credit.CreditDesk;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Credith's {@code POST /api/bills}: a CASH bill, or an INSTALLMENT bill and its payment plan. */
@RestController
class CredithBillController {

    private final CreditDesk credit;
    private final Clock clock;

    CredithBillController(CreditDesk credit, Clock clock) {
        this.credit = credit;
        this.clock = clock;
    }

    @PostMapping(CredithDialect.BASE + "/api/bills")
    @PreAuthorize("hasRole('OPERATOR')")
    ResponseEntity<Object> bill(@RequestBody JsonNode body) {
        CredithSale.Read read = CredithBillJson.read(body);
        CreditDesk.BilledSale billed = credit.bill(BillInput.read(read.canonical(), LocalDate.now(clock)));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(CredithBillJson.answer(billed, read, LocalDate.now(clock)));
    }
}
