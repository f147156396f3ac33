package dev.clientela.compat.credith;

import dev.clientela.credit.CreditController;
import dev.clientela.credit.CreditDesk;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Credith's {@code POST /api/bills}: a CASH bill, or an INSTALLMENT bill and its payment plan. */
@RestController
class CredithBillController {

    private final CreditDesk credit;
    private final JsonMapper json;
    private final Clock clock;

    CredithBillController(CreditDesk credit, JsonMapper json, Clock clock) {
        this.credit = credit;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping(CredithDialect.BASE + "/api/bills")
    @PreAuthorize("hasRole('OPERATOR')")
    ResponseEntity<Object> bill(@RequestBody JsonNode body) {
        CreditController.BillView billed =
                CreditController.BillView.of(credit.bill(CredithBillJson.canonical(body)), LocalDate.now(clock));
        ObjectNode bill = (ObjectNode) CamelCase.of(json.valueToTree(billed));
        JsonNode plan = bill.remove("paymentPlan");
        Map<String, Object> credith = new LinkedHashMap<>();
        credith.put("message", "Factura creada correctamente");
        credith.put("bill", bill);
        credith.put("paymentPlan", plan == null || plan.isNull() ? null : plan);
        return ResponseEntity.status(HttpStatus.CREATED).body(credith);
    }
}
