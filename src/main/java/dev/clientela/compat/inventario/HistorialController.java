package dev.clientela.compat.inventario;

import dev.clientela.client.Client;
import dev.clientela.client.ClientReferences;
import dev.clientela.client.ClientRegistry;
import dev.clientela.sales.Quotation;
import dev.clientela.sales.Sale;
import dev.clientela.sales.SalesDesk;
import dev.clientela.tenant.CurrentTenant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/clientes/:id/historial}: the client, its 20 newest sales (cancelled ones too), up
 * to 10 pending quotations, and how many sales and quotations point to it in all.
 */
@RestController
class HistorialController {

    private final ClientRegistry clients;
    private final SalesDesk sales;
    private final List<ClientReferences> references;
    private final CurrentTenant current;

    HistorialController(
            ClientRegistry clients, SalesDesk sales, List<ClientReferences> references, CurrentTenant current) {
        this.clients = clients;
        this.sales = sales;
        this.references = references;
        this.current = current;
    }

    @GetMapping(InventarioDialect.BASE + "/api/clientes/{id}/historial")
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    Map<String, Object> historial(@PathVariable String id) {
        Client client = ClientesController.cliente(clients, id);
        Map<String, Long> counts = new LinkedHashMap<>();
        references.forEach(
                r -> r.count(current.id(), client.id()).forEach((kind, n) -> counts.merge(kind, n, Long::sum)));
        Map<String, Object> historial = ClienteJson.contact(client);
        historial.put(
                "ventas",
                sales.sales(client.id(), 20, 0).stream()
                        .map(HistorialController::venta)
                        .toList());
        historial.put(
                "cotizaciones",
                sales.pendingQuotations(client.id(), 10).stream()
                        .map(HistorialController::cotizacion)
                        .toList());
        historial.put(
                "_count",
                Map.of(
                        "ventas",
                        counts.getOrDefault("sales", 0L),
                        "cotizaciones",
                        counts.getOrDefault("quotations", 0L)));
        return historial;
    }

    private static Map<String, Object> venta(Sale s) {
        Map<String, Object> venta = new LinkedHashMap<>();
        venta.put("id", s.id());
        venta.put("total", s.total());
        venta.put("notas", s.notes());
        venta.put("creadoEn", s.createdAt());
        venta.put("canceladaEn", s.cancelledAt());
        return venta;
    }

    private static Map<String, Object> cotizacion(Quotation q) {
        Map<String, Object> cotizacion = new LinkedHashMap<>();
        cotizacion.put("id", q.id());
        cotizacion.put("total", q.total());
        cotizacion.put("estado", "PENDIENTE");
        cotizacion.put("validaHasta", q.validUntil());
        cotizacion.put("notas", q.notes());
        cotizacion.put("creadoEn", q.createdAt());
        return cotizacion;
    }
}
