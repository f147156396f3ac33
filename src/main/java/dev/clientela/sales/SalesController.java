package dev.clientela.sales;

import dev.clientela.web.Page;
import dev.clientela.web.PathIds;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Sales, quotations and invoices over HTTP. */
@RestController
public class SalesController {

    private final SalesDesk desk;
    private final Clock clock;

    SalesController(SalesDesk desk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
    }

    @PostMapping("/api/v1/sales")
    @PreAuthorize("hasRole('OPERATOR')")
    ResponseEntity<Sale> sell(@RequestBody JsonNode body) {
        Sale sale = desk.sell(SalesInput.sale(body));
        return ResponseEntity.created(URI.create("/api/v1/sales/" + sale.id())).body(sale);
    }

    @GetMapping("/api/v1/sales/{id}")
    @PreAuthorize("hasRole('VIEWER')")
    Sale sale(@PathVariable String id) {
        return desk.sale(PathIds.uuid(id, "The sale"));
    }

    @GetMapping("/api/v1/sales")
    @PreAuthorize("hasRole('VIEWER')")
    Page<Sale> sales(@RequestParam Map<String, String> params) {
        Paging paging = Paging.read(params);
        return paging.page(desk.sales(paging.clientId(), paging.limit() + 1, paging.offset()));
    }

    @PostMapping("/api/v1/sales/{id}/cancel")
    @PreAuthorize("hasRole('OPERATOR')")
    Sale cancel(@PathVariable String id) {
        return desk.cancel(PathIds.uuid(id, "The sale"));
    }

    @PostMapping("/api/v1/quotations")
    @PreAuthorize("hasRole('OPERATOR')")
    ResponseEntity<QuotationView> quote(@RequestBody JsonNode body) {
        Quotation quotation = desk.quote(SalesInput.quotation(body));
        return ResponseEntity.created(URI.create("/api/v1/quotations/" + quotation.id()))
                .body(view(quotation));
    }

    @GetMapping("/api/v1/quotations/{id}")
    @PreAuthorize("hasRole('VIEWER')")
    QuotationView quotation(@PathVariable String id) {
        return view(desk.quotation(PathIds.uuid(id, "The quotation")));
    }

    @GetMapping("/api/v1/quotations")
    @PreAuthorize("hasRole('VIEWER')")
    Page<QuotationView> quotations(@RequestParam Map<String, String> params) {
        Paging paging = Paging.read(params);
        return paging.page(desk.quotations(paging.clientId(), paging.limit() + 1, paging.offset()))
                .map(this::view);
    }

    @PostMapping("/api/v1/quotations/{id}/accept")
    @PreAuthorize("hasRole('OPERATOR')")
    QuotationView accept(@PathVariable String id) {
        return view(desk.accept(PathIds.uuid(id, "The quotation")));
    }

    @PostMapping("/api/v1/quotations/{id}/reject")
    @PreAuthorize("hasRole('OPERATOR')")
    QuotationView reject(@PathVariable String id) {
        return view(desk.reject(PathIds.uuid(id, "The quotation")));
    }

    @PostMapping("/api/v1/invoices")
    @PreAuthorize("hasRole('OPERATOR')")
    ResponseEntity<Invoice> issue(@RequestBody JsonNode body) {
        Invoice invoice = desk.issue(SalesInput.invoice(body));
        return ResponseEntity.created(URI.create("/api/v1/invoices/" + invoice.id()))
                .body(invoice);
    }

    @GetMapping("/api/v1/invoices/{id}")
    @PreAuthorize("hasRole('VIEWER')")
    Invoice invoice(@PathVariable String id) {
        return desk.invoice(PathIds.uuid(id, "The invoice"));
    }

    @GetMapping("/api/v1/invoices")
    @PreAuthorize("hasRole('VIEWER')")
    Page<Invoice> invoices(@RequestParam Map<String, String> params) {
        Paging paging = Paging.read(params);
        return paging.page(desk.invoices(paging.clientId(), paging.limit() + 1, paging.offset()));
    }

    private QuotationView view(Quotation quotation) {
        return QuotationView.of(quotation, LocalDate.now(clock));
    }

    /** A quotation as shown: its status as of today, EXPIRED included. */
    public record QuotationView(
            UUID id,
            UUID clientId,
            String currency,
            List<Line> lines,
            java.math.BigDecimal total,
            LocalDate validUntil,
            QuotationStatus status,
            UUID saleId,
            String notes,
            java.time.Instant decidedAt,
            java.time.Instant createdAt) {

        public static QuotationView of(Quotation q, LocalDate today) {
            return new QuotationView(
                    q.id(),
                    q.clientId(),
                    q.currency(),
                    q.lines(),
                    q.total(),
                    q.validUntil(),
                    q.status(today),
                    q.saleId(),
                    q.notes(),
                    q.decidedAt(),
                    q.createdAt());
        }
    }
}
