package dev.clientela.compat.inventario;

import dev.clientela.client.Client;
import dev.clientela.client.ClientChanges;
import dev.clientela.client.ClientField;
import dev.clientela.client.ClientForm;
import dev.clientela.client.NewClient;
import dev.clientela.compat.ProfileBody;
import dev.clientela.document.DocumentCatalog;
import dev.clientela.history.ClientHistory;
import dev.clientela.sales.Quotation;
import dev.clientela.sales.Sale;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The inventory app's Cliente ({@code nombre, documento, email, telefono, direccion, notas}) to and
 * from the client, and its history. Empty strings are absent values; fields the app did not have
 * are ignored.
 */
final class ClienteJson {

    private ClienteJson() {}

    /** A new client: "" is no value, nombre is trimmed (by the client's rules). */
    static NewClient newClient(JsonNode body, DocumentCatalog catalog) {
        return read(body, ClientForm.registering(), catalog).newClient();
    }

    /** The merge patch of an update: an empty nombre is ignored; "" or null clears the rest. */
    static ClientChanges patch(JsonNode body, DocumentCatalog catalog) {
        return read(body, ClientForm.changing(), catalog).changes();
    }

    private static ClientForm read(JsonNode body, ClientForm form, DocumentCatalog catalog) {
        JsonNode cliente = ProfileBody.object(body, "The body must be a JSON object");
        JsonNode nombre = cliente.get("nombre");
        if (form.registers() || nombre != null && !ProfileBody.isEmpty(nombre)) {
            ProfileBody.text(cliente, "nombre", form, ClientField.NAME);
        }
        JsonNode documento = cliente.get("documento");
        if (documento != null && ProfileBody.isEmpty(documento)) {
            form.clear(ClientField.DOCUMENT);
        } else if (documento != null && documento.isString()) {
            Documento.read(documento.stringValue(), catalog, form);
        } else if (documento != null) {
            form.document("CO", "CC", null, null)
                    .reject(ClientField.DOCUMENT_NUMBER, "invalid_type", "must be a string");
        }
        ProfileBody.text(cliente, "email", form, ClientField.EMAIL);
        ProfileBody.text(cliente, "telefono", form, ClientField.PHONE);
        ProfileBody.text(cliente, "notas", form, ClientField.NOTES);
        JsonNode direccion = cliente.get("direccion");
        if (direccion != null && ProfileBody.isEmpty(direccion)) {
            form.clear(ClientField.ADDRESS);
        } else {
            ProfileBody.text(cliente, "direccion", form, ClientField.LINE);
        }
        return form;
    }

    /** A Cliente as the app showed it. */
    static Map<String, Object> view(Client c) {
        Map<String, Object> view = contact(c);
        view.put("direccion", c.address() == null ? null : c.address().line());
        view.put("notas", c.notes());
        view.put("creadoEn", c.createdAt());
        return view;
    }

    /** The client's contact fields with its sales, pending quotations and how many of each it has in all. */
    static Map<String, Object> historial(ClientHistory.History h) {
        Map<String, Object> historial = contact(h.client());
        historial.put("ventas", h.sales().stream().map(ClienteJson::venta).toList());
        historial.put(
                "cotizaciones",
                h.pendingQuotations().stream().map(ClienteJson::cotizacion).toList());
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

    private static Map<String, Object> contact(Client c) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", c.number());
        view.put("nombre", c.name());
        view.put("documento", Documento.shown(c.document()));
        view.put("email", c.email());
        view.put("telefono", c.phone());
        return view;
    }
}
