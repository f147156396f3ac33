package dev.clientela.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Generated hostile bodies and query strings against every write and list endpoint of the five
 * seed profiles: none gets a 5xx, and no refused request adds a client.
 */
@TestPropertySource(properties = "clientela.compat.geotareas.writes-per-minute=100000")
class ProfileFuzzTest extends ApiTest {

    private static final List<String> FIELDS = List.of(
            "name",
            "dni",
            "phone",
            "address",
            "nombre",
            "documento",
            "email",
            "telefono",
            "direccion",
            "notas",
            "business_name",
            "document",
            "document_type",
            "tax_id",
            "external_code",
            "status",
            "latitude",
            "razonSocial",
            "nit",
            "company_id",
            "tipo_documento",
            "numero_documento",
            "razon_social",
            "ubigeo",
            "activo",
            "paymentType",
            "customer",
            "lines",
            "months",
            "id",
            "zzz");

    private static final java.util.Set<String> CREATES = java.util.Set.of(
            "/compat/credith/api/clients",
            "/compat/inventario/api/clientes",
            "/compat/geotareas/apidev/v1/clients",
            "/compat/oficina/billing/customers",
            "/compat/facturacion-pe/api/v1/clients");

    @Test
    void generatedRequestsToEveryProfileNeverCauseAServerError() {
        String admin = openTenant("Perfiles Blindados", "PE");
        Api shop = api.as(admin);
        String tenantNumber =
                String.valueOf(shop.get("/api/v1/tenant").body().get("number").longValue());
        Api geo = shop.with("tenant", tenantNumber);
        String clientId = shop.post("/api/v1/clients", "{\"name\": \"Base\"}")
                .body()
                .get("id")
                .stringValue();
        long number =
                shop.get("/api/v1/clients/" + clientId).body().get("number").longValue();
        List<String[]> writes = List.of(
                new String[] {"POST", "/compat/credith/api/clients"},
                new String[] {"PUT", "/compat/credith/api/clients/" + clientId},
                new String[] {"POST", "/compat/credith/api/bills"},
                new String[] {"POST", "/compat/inventario/api/clientes"},
                new String[] {"PUT", "/compat/inventario/api/clientes/" + number},
                new String[] {"POST", "/compat/geotareas/apidev/v1/clients"},
                new String[] {"PUT", "/compat/geotareas/apidev/v1/clients/" + number},
                new String[] {"POST", "/compat/oficina/billing/customers"},
                new String[] {"PATCH", "/compat/oficina/billing/customers/" + clientId},
                new String[] {"POST", "/compat/facturacion-pe/api/v1/clients"},
                new String[] {"PUT", "/compat/facturacion-pe/api/v1/clients/" + number},
                new String[] {"POST", "/compat/facturacion-pe/api/v1/clients/search-by-document"});
        Random random = new Random(42);
        List<String> failures = new ArrayList<>();
        int created = 0;
        for (String body : bodies().sampleStream().limit(800).toList()) {
            String[] route = writes.get(random.nextInt(writes.size()));
            Api caller = route[1].contains("geotareas") ? geo : shop;
            Response response = caller.send(route[0], route[1], body);
            if (response.status() >= 500) {
                failures.add(route[0] + " " + route[1] + " " + body + " -> " + response);
            }
            if (CREATES.contains(route[1]) && route[0].equals("POST") && response.status() == 201) {
                created++;
            }
        }
        assertThat(failures).isEmpty();
        long clients = shop.get("/api/v1/clients?include=total&limit=1")
                .body()
                .get("total")
                .longValue();
        assertThat(clients).as("refused requests add no client").isEqualTo(1 + created);

        List<String> lists = List.of(
                "/compat/credith/api/clients",
                "/compat/inventario/api/clientes",
                "/compat/geotareas/apidev/v1/clients",
                "/compat/oficina/billing/customers",
                "/compat/facturacion-pe/api/v1/clients",
                "/compat/credith/api/payment-plan/x",
                "/compat/inventario/api/clientes/" + number + "/historial");
        Arbitrary<String> names = Arbitraries.of(
                "limit",
                "offset",
                "dni",
                "busqueda",
                "q",
                "limite",
                "status",
                "search",
                "company_id",
                "tipo_documento",
                "page",
                "x");
        Arbitrary<String> values = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.of("-1", "0", "99999999999999999999", "1e3", "abc", "%00", "ACTIVE", "6", "", " "));
        for (int i = 0; i < 300; i++) {
            String query = names.sampleStream()
                    .limit(random.nextInt(4))
                    .map(n -> n + "="
                            + java.net.URLEncoder.encode(values.sample(), java.nio.charset.StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            String path = lists.get(random.nextInt(lists.size())) + (query.isEmpty() ? "" : "?" + query);
            Response response = (path.contains("geotareas") ? geo : shop).get(path);
            if (response.status() >= 500) {
                failures.add(path + " -> " + response);
            }
        }
        assertThat(failures).isEmpty();
    }

    private static Arbitrary<String> bodies() {
        Arbitrary<String> scalar = Arbitraries.oneOf(
                Arbitraries.just("null"),
                Arbitraries.of("true", "false"),
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.of("1e308", "-1e308", "123456789012345678901234567890", "-0", "0.5", "6", "\"6\"", "\"1\""),
                Arbitraries.strings().ofMaxLength(80).map(Api::jsonString),
                Arbitraries.strings().ofLength(3000).map(Api::jsonString),
                Arbitraries.of(
                        "\"\\u0000\"",
                        "\"\\ud83d\"",
                        "\"💥\"",
                        "\"\"",
                        "\"0801-1990-12345\"",
                        "\"20512333797\"",
                        "\"INSTALLMENT\"",
                        "\"ACTIVE\"",
                        "\"9001234568\""));
        Arbitrary<String> value = Arbitraries.lazyOf(
                () -> scalar,
                () -> scalar.list().ofMaxSize(3).map(items -> "[" + String.join(",", items) + "]"),
                () -> Arbitraries.of(
                        "{\"clientId\": \"x\"}", "{\"description\": \"x\", \"quantity\": 1, \"unitPrice\": 1}", "{}"));
        Arbitrary<String> object = Arbitraries.maps(Arbitraries.of(FIELDS), value)
                .ofMaxSize(8)
                .map(members -> members.entrySet().stream()
                        .map(e -> "\"" + e.getKey() + "\": " + e.getValue())
                        .collect(Collectors.joining(", ", "{", "}")));
        return Arbitraries.oneOf(
                object,
                object,
                object,
                scalar,
                Arbitraries.of("", "{", "[]", "{\"a\":1,}", "nul"),
                Arbitraries.strings().ofMaxLength(60));
    }
}
