package dev.clientela.compat.inventario;

import dev.clientela.client.ClientRegistry;
import dev.clientela.compat.ClientNumbers;
import dev.clientela.history.ClientHistory;
import dev.clientela.sales.Quotation;
import dev.clientela.sales.Sale;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
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
    private final ClientHistory history;

    HistorialController(ClientRegistry clients, ClientHistory history) {
        this.clients = clients;
        this.history = history;
    }

    @GetMapping(InventarioDialect.BASE + "/api/clientes/{id}/historial")
    @PreAuthorize("hasRole('VIEWER')")
    Map<String, Object> historial(@PathVariable String id) {
        ClientHistory.History h =
                history.of(ClientNumbers.get(clients, id.strip()).id());
        Map<String, Object> historial = ClienteJson.contact(h.client());
        historial.put(
                "ventas", h.sales().stream().map(HistorialController::venta).toList());
        historial.put(
                "cotizaciones",
                h.pendingQuotations().stream()
                        .map(HistorialController::cotizacion)
                        .toList());
        historial.put("_count", Map.of("ventas", h.count("sales"), "cotizaciones", h.count("quotations")));
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
