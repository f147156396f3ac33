package dev.clientela.compat.credith;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Credith's {@code POST /api/bills}: a CASH bill, or an INSTALLMENT bill and its payment plan. */
@RestController
class CredithBillController {

    private final CanonicalBilling billing;

    CredithBillController(CanonicalBilling billing) {
        this.billing = billing;
    }

    @PostMapping(CredithDialect.BASE + "/api/bills")
    @PreAuthorize("hasRole('OPERATOR')")
    ResponseEntity<Object> bill(@RequestBody JsonNode body, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        CanonicalBilling.Answer answer = billing.bill(request, response, CredithBillJson.canonical(body));
        if (!answer.billed()) {
            return ResponseEntity.status(answer.status()).body(answer.body());
        }
        ObjectNode bill = (ObjectNode) CamelCase.of(answer.body());
        JsonNode plan = bill.remove("paymentPlan");
        Map<String, Object> credith = new LinkedHashMap<>();
        credith.put("message", "Factura creada correctamente");
        credith.put("bill", bill);
        credith.put("paymentPlan", plan == null || plan.isNull() ? null : plan);
        return ResponseEntity.status(HttpStatus.CREATED).body(credith);
    }
}
