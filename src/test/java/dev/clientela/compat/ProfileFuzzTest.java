package dev.clientela.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.oneOf;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.maps;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import dev.clientela.support.Seed;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.springframework.test.context.TestPropertySource;

/**
 * Generated hostile bodies and query strings against every write and list endpoint of the five
 * seed profiles: none gets a 5xx, and no refused request adds a client.
 */
@TestPropertySource(properties = "clientela.compat.geotareas.writes-per-minute=100000")
class ProfileFuzzTest extends ApiTest {

    private static final Seed seed = Seed.forRun(ProfileFuzzTest.class);

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
            "details",
            "paymentData",
            "amount",
            "month",
            "newMonths",
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
        String planId = shop.post("/api/v1/bills", """
                        {"payment_type": "INSTALLMENT", "client_id": "%s", "months": 3,
                         "lines": [{"description": "TV", "quantity": 1, "unit_price": 300}]}""".formatted(clientId))
                .body()
                .at("/payment_plan/id")
                .stringValue();
        List<String[]> writes = List.of(
                new String[] {"POST", "/compat/credith/api/clients"},
                new String[] {"PUT", "/compat/credith/api/clients/" + clientId},
                new String[] {"POST", "/compat/credith/api/bills"},
                new String[] {"POST", "/compat/credith/api/payment-plan/" + planId + "/pay"},
                new String[] {"POST", "/compat/credith/api/payment-plan/" + planId + "/recalculate"},
                new String[] {"POST", "/compat/inventario/api/clientes"},
                new String[] {"PUT", "/compat/inventario/api/clientes/" + number},
                new String[] {"POST", "/compat/geotareas/apidev/v1/clients"},
                new String[] {"PUT", "/compat/geotareas/apidev/v1/clients/" + number},
                new String[] {"POST", "/compat/oficina/billing/customers"},
                new String[] {"PATCH", "/compat/oficina/billing/customers/" + clientId},
                new String[] {"POST", "/compat/facturacion-pe/api/v1/clients"},
                new String[] {"PUT", "/compat/facturacion-pe/api/v1/clients/" + number},
                new String[] {"POST", "/compat/facturacion-pe/api/v1/clients/search-by-document"});
        List<String> failures = new ArrayList<>();
        var created = new AtomicInteger();
        // failures are gathered, not thrown, so that every request is counted and the report shows them all
        seed.theory(800).forAll(bodies(), pick(writes), Seed.keepingRepeats()).checkAssert((body, route, repeat) -> {
            Api caller = route[1].contains("geotareas") ? geo : shop;
            Response response = caller.hostile().send(route[0], route[1], body);
            if (response.status() >= 500) {
                failures.add(route[0] + " " + route[1] + " " + body + " -> " + response);
            }
            if (CREATES.contains(route[1]) && route[0].equals("POST") && response.status() == 201) {
                created.incrementAndGet();
            }
        });
        assertThat(failures).as(seed.toString()).isEmpty();
        long clients = shop.get("/api/v1/clients?include=total&limit=1")
                .body()
                .get("total")
                .longValue();
        assertThat(clients).as("refused requests add no client; " + seed).isEqualTo(1 + created.get());

        List<String> lists = List.of(
                "/compat/credith/api/clients",
                "/compat/inventario/api/clientes",
                "/compat/geotareas/apidev/v1/clients",
                "/compat/oficina/billing/customers",
                "/compat/facturacion-pe/api/v1/clients",
                "/compat/credith/api/payment-plan/x",
                "/compat/credith/api/payment-plan/pending-payments",
                "/compat/inventario/api/clientes/" + number + "/historial");
        Gen<String> names = pick(List.of(
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
                "x"));
        Gen<String> values = oneOf(
                strings().allPossible().ofLengthBetween(0, 40),
                pick(List.of("-1", "0", "99999999999999999999", "1e3", "abc", "%00", "ACTIVE", "6", "", " ")));
        Gen<String> queries = lists().of(names.zip(
                        values,
                        (name, value) -> name + "="
                                + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)))
                .ofSizeBetween(0, 3)
                .map(parameters -> String.join("&", parameters));
        seed.theory(300).forAll(pick(lists), queries, Seed.keepingRepeats()).checkAssert((list, query, repeat) -> {
            String path = list + (query.isEmpty() ? "" : "?" + query);
            Response response =
                    (path.contains("geotareas") ? geo : shop).hostile().get(path);
            if (response.status() >= 500) {
                failures.add(path + " -> " + response);
            }
        });
        assertThat(failures).as(seed.toString()).isEmpty();
    }

    private static Gen<String> bodies() {
        Gen<String> scalar = oneOf(
                constant("null"),
                pick(List.of("true", "false")),
                integers().all().map(n -> Integer.toString(n)),
                pick(List.of("1e308", "-1e308", "123456789012345678901234567890", "-0", "0.5", "6", "\"6\"", "\"1\"")),
                strings().allPossible().ofLengthBetween(0, 80).map(Api::jsonString),
                strings().allPossible().ofLength(3000).map(Api::jsonString),
                pick(List.of(
                        "\"\\u0000\"",
                        "\"\\ud83d\"",
                        "\"💥\"",
                        "\"\"",
                        "\"0801-1990-12345\"",
                        "\"20512333797\"",
                        "\"INSTALLMENT\"",
                        "\"ACTIVE\"",
                        "\"9001234568\"")));
        Gen<String> value = oneOf(
                scalar,
                lists().of(scalar).ofSizeBetween(0, 3).map(items -> "[" + String.join(",", items) + "]"),
                pick(List.of(
                        "{\"clientId\": \"x\"}", "{\"description\": \"x\", \"quantity\": 1, \"unitPrice\": 1}", "{}")));
        Gen<String> object = maps().of(pick(FIELDS), value)
                .ofSizeBetween(0, 8)
                .map(members -> members.entrySet().stream()
                        .map(e -> "\"" + e.getKey() + "\": " + e.getValue())
                        .collect(Collectors.joining(", ", "{", "}")));
        return oneOf(
                object,
                object,
                object,
                scalar,
                pick(List.of("", "{", "[]", "{\"a\":1,}", "nul")),
                strings().allPossible().ofLengthBetween(0, 60));
    }
}
