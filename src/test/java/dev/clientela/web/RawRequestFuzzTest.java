package dev.clientela.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.ApiTest;
import dev.clientela.support.RawHttp;
import dev.clientela.support.RawHttp.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Thousands of generated requests, sent byte by byte over plain sockets to every route of the API
 * and of each profile: broken methods, paths, escapes, raw bytes, repeated parameters, versions,
 * headers, lengths, chunks, charsets, form and multipart bodies, with and without valid keys. None
 * gets a 5xx or a body that leaks the implementation, every refusal speaks its route's dialect,
 * nothing refused changes a record, and the service is healthy afterwards.
 *
 * <p>Replay a run with {@code -Dclientela.seed=<seed>} (printed at the start and in failures).
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "clientela.compat.geotareas.writes-per-minute=100000")
class RawRequestFuzzTest extends ApiTest {

    private static final int REQUESTS = 5_000;
    private static final Pattern LEAK = Pattern.compile(
            "java\\.|javax\\.|jakarta\\.|org\\.springframework|org\\.apache|tools\\.jackson|Exception|\\bat [a-z]+\\."
                    + "|(?i:select .* from|insert into|update .* set|syntax error|violates|psql|<html|<!doctype)");

    @LocalServerPort
    int port;

    @Test
    void noGeneratedRequestGetsAServerErrorOrChangesAnything(CapturedOutput output) {
        long seed = Long.getLong("clientela.seed", new SplittableRandom().nextLong());
        System.out.println("RawRequestFuzzTest seed: " + seed + " (replay with -Dclientela.seed=" + seed + ")");
        RawRequests.Fixture fixture = fixture();
        Api shop = api.as(fixture.adminKey());
        Map<String, Object> before = counts(shop, fixture.ids());
        RawRequests requests = new RawRequests(seed, fixture);
        RawHttp raw = new RawHttp(port);
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        long started = System.nanoTime();
        for (int i = 0; i < REQUESTS && failures.size() < 10; i++) {
            RawRequests.Generated request = requests.next();
            Answer answer;
            try {
                answer = raw.send(request.bytes());
            } catch (RuntimeException e) {
                failures.add(failure(seed, i, request, "no answer: " + e.getMessage()));
                continue;
            }
            statuses.merge(answer.status(), 1, Integer::sum);
            String problem = problem(request, answer);
            if (problem != null) {
                failures.add(failure(seed, i, request, problem + "\n  answer: " + answer));
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("RawRequestFuzzTest: " + REQUESTS + " requests in " + millis + " ms, statuses " + statuses);

        assertThat(failures).as("seed " + seed).isEmpty();
        assertThat(api.get("/actuator/health").status()).as("seed " + seed).isEqualTo(200);
        assertThat(counts(shop, fixture.ids())).as("seed " + seed).isEqualTo(before);
        assertThat(output.getAll()).as("seed " + seed).doesNotContain("Unexpected failure");
    }

    private RawRequests.Fixture fixture() {
        String admin = openTenant("Tienda Cruda", "HN");
        Api shop = api.as(admin);
        JsonNode client = shop.post("/api/v1/clients", """
                {"name": "Cliente Base", "document": {"type": "DNI", "number": "0801-1990-12345"}}""").body();
        JsonNode bill = shop.post(
                        "/api/v1/bills", """
                {"payment_type": "INSTALLMENT", "client_id": "%s", "months": 2,
                 "lines": [{"description": "X", "quantity": 1, "unit_price": 100}]}""".formatted(client.get("id").stringValue()))
                .body();
        String tenant =
                String.valueOf(shop.get("/api/v1/tenant").body().get("number").longValue());
        var ids = new RawRequests.Ids(
                client.get("id").stringValue(),
                client.get("number").longValue(),
                bill.at("/payment_plan/id").stringValue(),
                bill.get("id").stringValue(),
                "0801199012345");
        return new RawRequests.Fixture(
                admin, keyWithRole(admin, "OPERATOR"), keyWithRole(admin, "VIEWER"), tenant, ids);
    }

    /** What a refused request must not have changed. */
    private static Map<String, Object> counts(Api shop, RawRequests.Ids ids) {
        Map<String, Object> counts = new TreeMap<>();
        counts.put("clients", total(shop, "/api/v1/clients?include=total&limit=1"));
        counts.put("deleted clients", total(shop, "/api/v1/clients?include=total&limit=1&deleted=only"));
        for (String records : List.of("sales", "quotations", "invoices")) {
            counts.put(
                    records,
                    shop.get("/api/v1/" + records + "?limit=500")
                            .body()
                            .get("data")
                            .size());
        }
        counts.put("api keys", shop.get("/api/v1/api-keys").body().path("data").size());
        counts.put("tenant", shop.get("/api/v1/tenant").body().get("version").longValue());
        counts.put(
                "client",
                shop.get("/api/v1/clients/" + ids.clientId())
                        .body()
                        .get("version")
                        .longValue());
        counts.put(
                "plan paid",
                shop.get("/api/v1/payment-plans/" + ids.planId())
                        .body()
                        .get("paid")
                        .decimalValue()
                        .toPlainString());
        return counts;
    }

    private static long total(Api shop, String path) {
        return shop.get(path).body().get("total").longValue();
    }

    /** What is wrong with {@code answer}, or null. */
    private static String problem(RawRequests.Generated request, Answer answer) {
        if (request.http09()) {
            return LEAK.matcher(answer.raw()).find() || answer.raw().matches("(?s)HTTP/1\\.\\d 5.*")
                    ? "a server error or a leak in an HTTP/0.9 answer"
                    : null;
        }
        if (answer.status() >= 500) {
            return "a server error";
        }
        if (answer.status() == 0) {
            return headless(request, answer);
        }
        if (LEAK.matcher(answer.body()).find()) {
            return "the body tells of the implementation";
        }
        if (request.changesDataIfAccepted() && answer.status() < 300) {
            return request.method() + " with a body no route accepts, or naming no record, was accepted";
        }
        if (answer.status() < 400 || request.method().equals("HEAD")) {
            return null;
        }
        JsonNode body;
        try {
            body = Api.parse(answer.body());
        } catch (RuntimeException notJson) {
            return "the refusal is not JSON";
        }
        String dialect = request.base() == null ? null : speaks(body, answer);
        if (dialect != null && !dialect.equals(request.base())) {
            return "the refusal is in the dialect of " + dialect + ", not of " + request.base();
        }
        return null;
    }

    /**
     * An answer without a status line is acceptable twice over: to a request line Tomcat could not
     * read up to its version, which it answers as HTTP/0.9 (the bare body, still a refusal of
     * ours), and to a request that closed its side before sending the body it declared.
     */
    private static String headless(RawRequests.Generated request, Answer answer) {
        if (answer.raw().isEmpty()) {
            return request.truncated() ? null : "the connection closed without an answer";
        }
        if (LEAK.matcher(answer.raw()).find()) {
            return "the body tells of the implementation";
        }
        try {
            JsonNode body = Api.parse(answer.raw());
            int status = body.path("status").asInt(body.path("statusCode").asInt(400));
            return status >= 400 && status < 500 ? null : "a bare answer that is not a refusal";
        } catch (RuntimeException notJson) {
            return "a bare answer that is not JSON";
        }
    }

    /** The base path whose error shape {@code body} has. */
    private static String speaks(JsonNode body, Answer answer) {
        if (answer.header("content-type") != null
                && answer.header("content-type").startsWith(ProblemResponses.MEDIA_TYPE)
                && body.has("code")
                && body.has("request_id")) {
            return "/api/v1";
        }
        if (body.has("statusCode") && body.has("error") && body.has("message")) {
            return "/compat/oficina";
        }
        if (body.path("success").isBoolean() && body.path("error").isObject()) {
            return "/compat/geotareas";
        }
        if (body.path("success").isBoolean() && body.has("message")) {
            return "/compat/facturacion-pe";
        }
        if (body.size() == 1 && body.has("message")) {
            return "/compat/credith";
        }
        if (body.size() == 1 && body.has("error")) {
            return "/compat/inventario";
        }
        return "no known dialect";
    }

    private static String failure(long seed, int index, RawRequests.Generated request, String what) {
        return "request #" + index + " of seed " + seed + ": " + what + "\n  request: " + escaped(request.bytes());
    }

    /** The request's exact bytes, printable: CR and LF as \r \n, other bytes as \xHH, long runs counted. */
    static String escaped(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < bytes.length; ) {
            int run = 1;
            while (i + run < bytes.length && bytes[i + run] == bytes[i]) {
                run++;
            }
            String one = escaped(bytes[i] & 0xff);
            if (run >= 16) {
                text.append('{').append(one).append(" x").append(run).append('}');
            } else {
                text.append(one.repeat(run));
            }
            i += run;
        }
        return text.toString();
    }

    private static String escaped(int b) {
        return switch (b) {
            case '\r' -> "\\r";
            case '\n' -> "\\n";
            case '\\' -> "\\\\";
            case '{' -> "\\x7b";
            default ->
                b >= 0x20 && b < 0x7f
                        ? String.valueOf((char) b)
                        : "\\x%02x".formatted(b).toLowerCase(Locale.ROOT);
        };
    }
}
