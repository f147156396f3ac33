package dev.clientela.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.oneOf;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Thousands of generated hostile requests (wrong types, huge and tiny numbers, deep nesting, long
 * and odd Unicode strings, nulls, extra fields, odd query strings) against every write and list
 * endpoint of /api/v1: none gets a 5xx, and none that is refused changes anything.
 */
class HostileInputTest extends ApiTest {

    private static final Seed seed = Seed.forRun(HostileInputTest.class);

    private static final List<String> FIELDS = List.of(
            "name",
            "legal_name",
            "document",
            "email",
            "phone",
            "address",
            "metadata",
            "status",
            "kind",
            "credit_limit",
            "lines",
            "client_id",
            "payment_type",
            "months",
            "amount",
            "discount",
            "tax_rate",
            "series",
            "number",
            "valid_until",
            "role",
            "settings",
            "id",
            "version",
            "zzz");

    private Api shop;
    private String clientId;
    private String planId;

    @BeforeEach
    void aTenantWithAClientAndAPlan() {
        shop = api.as(openTenant("Tienda Blindada", "HN"));
        clientId = shop.post("/api/v1/clients", "{\"name\": \"Cliente Base\"}")
                .body()
                .get("id")
                .stringValue();
        planId = shop.post("/api/v1/bills", """
                {"payment_type": "INSTALLMENT", "client_id": "%s", "months": 2,
                 "lines": [{"description": "X", "quantity": 1, "unit_price": 100}]}""".formatted(clientId))
                .body()
                .at("/payment_plan/id")
                .stringValue();
    }

    @Test
    void generatedBodiesNeverCauseAServerErrorAndRefusalsChangeNothing() {
        List<String> writes = List.of(
                "POST /api/v1/clients",
                "PATCH /api/v1/clients/" + clientId,
                "PUT /api/v1/clients/" + clientId,
                "POST /api/v1/sales",
                "POST /api/v1/quotations",
                "POST /api/v1/invoices",
                "POST /api/v1/bills",
                "POST /api/v1/payment-plans/" + planId + "/payments",
                "POST /api/v1/payment-plans/" + planId + "/reschedule",
                "PATCH /api/v1/tenant",
                "POST /api/v1/api-keys",
                "POST /api/v1/documents/validate");
        var created = new AtomicInteger();
        List<String> failures = new ArrayList<>();
        // every request is sent and its outcome counted; failures are gathered, not thrown, so that the totals
        // below still add up and the report shows them all
        seed.theory(1600).forAll(bodies(), pick(writes), Seed.keepingRepeats()).checkAssert((body, write, repeat) -> {
            String[] route = write.split(" ");
            Response response = shop.hostile().send(route[0], route[1], body);
            if (response.status() >= 500) {
                failures.add(route[0] + " " + route[1] + " " + body + " -> " + response);
            }
            if (route[1].equals("/api/v1/clients") && response.status() == 201) {
                created.incrementAndGet();
            }
        });
        assertThat(failures).as(seed.toString()).isEmpty();
        long clients = shop.get("/api/v1/clients?include=total&limit=1")
                .body()
                .get("total")
                .longValue();
        assertThat(clients).as(seed.toString()).isEqualTo(1 + created.get());
        var plan = shop.get("/api/v1/payment-plans/" + planId).body();
        assertThat(plan.get("balance").decimalValue().add(plan.get("paid").decimalValue()))
                .as(seed.toString())
                .isEqualByComparingTo(plan.get("total").decimalValue());
    }

    @Test
    void generatedQueryStringsNeverCauseAServerError() {
        Gen<String> values = oneOf(
                strings().allPossible().ofLengthBetween(0, 30),
                strings().betweenCodePoints('0', '9').ofLengthBetween(1, 40),
                pick(List.of(
                        "-1", "0", "501", "1e9", "NaN", "%00", "%ZZ", "%C0%AF", "total", "only", "name", "-name")));
        Gen<String> names = pick(List.of(
                "q",
                "limit",
                "offset",
                "cursor",
                "sort",
                "status",
                "kind",
                "document_number",
                "document_type",
                "document_country",
                "updated_since",
                "number",
                "include",
                "deleted",
                "client_id",
                "country",
                "due_before",
                "x"));
        Gen<String> queries = lists().of(names.zip(values, (name, value) -> name + "=" + encodeOddly(value)))
                .ofSizeBetween(0, 3)
                .map(parameters -> String.join("&", parameters));
        List<String> lists = List.of(
                "/api/v1/clients",
                "/api/v1/sales",
                "/api/v1/quotations",
                "/api/v1/invoices",
                "/api/v1/payment-plans",
                "/api/v1/installments",
                "/api/v1/document-types",
                "/api/v1/clients/" + clientId + "/changes");
        List<String> failures = new ArrayList<>();
        seed.theory(700).forAll(pick(lists), queries, Seed.keepingRepeats()).checkAssert((list, query, repeat) -> {
            String path = list + (query.isEmpty() ? "" : "?" + query);
            Response response;
            try {
                response = shop.hostile().get(path);
            } catch (IllegalArgumentException unsendable) {
                return; // the HTTP client itself refuses this URI
            }
            if (response.status() >= 500) {
                failures.add(path + " -> " + response);
            }
        });
        assertThat(failures).as(seed.toString()).isEmpty();
    }

    @Test
    void aBodyNestedTooDeeplyIsRefusedWithoutAServerError() {
        String deep = "{\"name\": \"x\", \"metadata\": " + "{\"a\": ".repeat(5000) + "1" + "}".repeat(5000) + "}";

        Response response = shop.post("/api/v1/clients", deep);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body().at("/errors/0/code").stringValue()).isEqualTo("limit_exceeded");
    }

    @Test
    void numbersOutOfRangeAreRefusedNotWrapped() {
        for (String amount : List.of(
                "1e400",
                "-1e400",
                "99999999999999999999",
                "0.001",
                "1E-400",
                "12345678901234567890123456789012345678901234567890123456789012345678901234567890")) {
            Response response =
                    shop.post("/api/v1/payment-plans/" + planId + "/payments", "{\"amount\": " + amount + "}");
            assertThat(response.status()).as(amount).isEqualTo(422);
        }
        Response months = shop.post("/api/v1/bills", """
                {"payment_type": "INSTALLMENT", "client_id": "%s", "months": 4294967298,
                 "lines": [{"description": "X", "quantity": 1, "unit_price": 1}]}""".formatted(clientId));
        assertThat(months.status()).isEqualTo(422);
        assertThat(months.body().at("/errors/0/field").stringValue()).isEqualTo("months");
    }

    @Test
    void nulBytesAndBrokenSurrogatesAreRefused() {
        for (String name : List.of("\\u0000", "Ana\\u0000", "\\ud800", "x\\udc00y", "\\u001b[31m")) {
            Response response = shop.post("/api/v1/clients", "{\"name\": \"" + name + "\"}");
            assertThat(response.status()).as(name).isEqualTo(422);
            assertThat(response.body().at("/errors/0/field").stringValue()).isEqualTo("name");
        }
    }

    private static Gen<String> bodies() {
        Gen<String> scalar = oneOf(
                constant("null"),
                pick(List.of("true", "false")),
                integers().all().map(n -> Integer.toString(n)),
                longs().all().map(n -> Long.toString(n)),
                pick(List.of("1e308", "-1e308", "1e-308", "0.000001", "123456789012345678901234567890", "-0", "1.5")),
                strings().allPossible().ofLengthBetween(0, 300).map(Api::jsonString),
                strings()
                        .betweenCodePoints('\u0300', '\u036f')
                        .ofLengthBetween(0, 50)
                        .map(Api::jsonString),
                strings().allPossible().ofLength(5000).map(Api::jsonString),
                pick(List.of(
                        "\"\\u0000\"",
                        "\"\\ud83d\"",
                        "\"💥👩🏽‍🌾\"",
                        "\"\"",
                        "\"   \"",
                        "\"2026-02-30\"",
                        "\"01a1fcd1-8b1d-7ee4-8b2d-3c13640844f8\"",
                        "\"INSTALLMENT\"",
                        "\"CASH\"",
                        "\"ADMIN\"")));
        Gen<String> value = oneOf(
                scalar,
                lists().of(scalar).ofSizeBetween(0, 4).map(items -> "[" + String.join(",", items) + "]"),
                pick(FIELDS).map(f -> "{\"" + f + "\": 1}"),
                pick(List.of(
                        "{\"number\": \"0801199012345\", \"type\": \"DNI\"}",
                        "{\"description\": \"x\", \"quantity\": 1, \"unit_price\": 1}",
                        "{\"city\": null}")));
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
                pick(List.of("", "{", "[]", "{\"name\": \"x\",}", "{\"name\": \"x\"} {}", "\u0000", "nul")),
                strings().allPossible().ofLengthBetween(0, 100));
    }

    private static String encodeOddly(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
