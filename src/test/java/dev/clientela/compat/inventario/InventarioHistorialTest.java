package dev.clientela.compat.inventario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/clientes/:id/historial}: the customer panel of the inventory app. */
class InventarioHistorialTest extends ApiTest {

    private Api app;
    private long number;
    private String clientId;

    @BeforeEach
    void aClienteOfAColombianShop() {
        app = api.as(openTenant("Ferretería Bogotá", "CO"));
        Response created = app.post(InventarioClientesTest.CLIENTES, """
                {"nombre": "Ana Gómez", "documento": "1020304050", "email": "ana@tienda.co", "telefono": "3001234567"}""");
        number = created.body().get("id").longValue();
        clientId = app.get("/api/v1/clients?number=" + number)
                .body()
                .at("/data/0/id")
                .stringValue();
    }

    @Test
    void historialShowsTheClienteWithSalesNewestFirstCancelledIncluded() {
        String first = sell("10.00", "primera");
        String second = sell("20.00", "segunda");
        assertThat(app.post("/api/v1/sales/" + first + "/cancel", null).status())
                .isEqualTo(200);

        Response historial = app.get(historial());

        assertThat(historial.status()).isEqualTo(200);
        JsonNode body = historial.body();
        assertThat(body.get("id").longValue()).isEqualTo(number);
        assertThat(body.get("nombre").stringValue()).isEqualTo("Ana Gómez");
        assertThat(body.get("documento").stringValue()).isEqualTo("1020304050");
        assertThat(body.get("email").stringValue()).isEqualTo("ana@tienda.co");
        assertThat(body.get("telefono").stringValue()).isEqualTo("3001234567");
        JsonNode ventas = body.get("ventas");
        assertThat(ventas.size()).isEqualTo(2);
        assertThat(ventas.get(0).get("id").stringValue()).isEqualTo(second);
        assertThat(ventas.get(0).get("notas").stringValue()).isEqualTo("segunda");
        assertThat(ventas.get(0).get("canceladaEn").isNull()).isTrue();
        assertThat(ventas.get(1).get("id").stringValue()).isEqualTo(first);
        assertThat(ventas.get(1).get("canceladaEn").isString()).isTrue();
        assertThat(ventas.get(1).get("creadoEn").isString()).isTrue();
        assertThat(ventas.get(0).get("total").decimalValue()).isPositive();
    }

    @Test
    void historialListsTheTwentyNewestSalesAndCountsThemAll() {
        String newest = null;
        for (int i = 0; i < 21; i++) {
            newest = sell("5.00", "venta " + i);
        }

        JsonNode body = app.get(historial()).body();

        assertThat(body.get("ventas").size()).isEqualTo(20);
        assertThat(body.at("/ventas/0/id").stringValue()).isEqualTo(newest);
        assertThat(body.at("/_count/ventas").longValue()).isEqualTo(21);
    }

    @Test
    void historialListsUpToTenPendingQuotationsAndCountsEveryQuotation() {
        String rejected = quote();
        assertThat(app.post("/api/v1/quotations/" + rejected + "/reject", null).status())
                .isEqualTo(200);
        String newest = null;
        for (int i = 0; i < 11; i++) {
            newest = quote();
        }

        JsonNode body = app.get(historial()).body();

        assertThat(body.get("cotizaciones").size()).isEqualTo(10);
        assertThat(body.at("/cotizaciones/0/id").stringValue()).isEqualTo(newest);
        assertThat(body.at("/cotizaciones/0/estado").stringValue()).isEqualTo("PENDIENTE");
        assertThat(body.at("/_count/cotizaciones").longValue()).isEqualTo(12);
        assertThat(body.at("/_count/ventas").longValue()).isZero();
    }

    @Test
    void historialOfAnUnknownClienteIs404() {
        Response missing = app.get(InventarioClientesTest.CLIENTES + "/" + (number + 1000) + "/historial");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(InventarioClientesTest.error(missing)).isEqualTo("Cliente no encontrado");
    }

    private String historial() {
        return InventarioClientesTest.CLIENTES + "/" + number + "/historial";
    }

    private String sell(String price, String notes) {
        Response sale = app.post("/api/v1/sales", """
                {"client_id": "%s", "lines": [{"description": "Martillo", "quantity": 1, "unit_price": %s}],
                 "notes": "%s"}""".formatted(clientId, price, notes));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        return sale.body().get("id").stringValue();
    }

    private String quote() {
        Response quotation = app.post("/api/v1/quotations", """
                {"client_id": "%s", "lines": [{"description": "Taladro", "quantity": 1, "unit_price": 100}],
                 "valid_until": "2099-12-31"}""".formatted(clientId));
        assertThat(quotation.status()).as(quotation.toString()).isEqualTo(201);
        return quotation.body().get("id").stringValue();
    }
}
