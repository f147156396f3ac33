package dev.clientela.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Generates HTTP/1.1 requests byte by byte for every route of the API and of each profile, most of
 * them broken somewhere: in the method, the path, the query, the version, a header, the framing of
 * the body or the body itself. Every request that could change data carries a body that is not
 * JSON, or names a record that does not exist, so a correct service refuses all of them.
 */
final class RawRequests {

    /**
     * One generated request: its bytes, and the base path whose dialect must answer it (null when
     * the request line is too broken to name a route). A request line without a version is
     * HTTP/0.9, answered with a bare body and no status line. A truncated request declares more
     * body than it sends before closing its side: the server may take it for a client that went away.
     */
    record Generated(
            byte[] bytes,
            String method,
            String base,
            boolean changesDataIfAccepted,
            boolean http09,
            boolean truncated) {}

    /** The records and keys the generated requests may name. */
    record Fixture(String adminKey, String operatorKey, String viewerKey, String tenantNumber, Ids ids) {}

    record Ids(String clientId, long clientNumber, String planId, String billId, String dni) {}

    private record Route(String base, String path, List<String> methods, List<String> parameters) {}

    private static final String V1 = "/api/v1";
    private static final List<String> LISTING = List.of(
            "q",
            "limit",
            "offset",
            "cursor",
            "sort",
            "status",
            "kind",
            "document_number",
            "document_type",
            "number",
            "include",
            "deleted",
            "updated_since",
            "client_id");
    private static final List<String> PROFILE_LISTING =
            List.of("q", "limit", "offset", "page", "per_page", "search", "busqueda", "limite", "status", "dni");

    private static final List<Route> ROUTES = List.of(
            new Route(V1, "/api/v1/clients", List.of("GET", "POST"), LISTING),
            new Route(V1, "/api/v1/clients/{client}", List.of("GET", "PATCH", "PUT", "DELETE"), List.of("permanent")),
            new Route(V1, "/api/v1/clients/{client}/restore", List.of("POST"), List.of()),
            new Route(V1, "/api/v1/clients/{client}/history", List.of("GET"), LISTING),
            new Route(V1, "/api/v1/clients/{client}/changes", List.of("GET"), List.of("limit", "offset", "cursor")),
            new Route(V1, "/api/v1/tenant", List.of("GET", "PATCH"), List.of()),
            new Route(V1, "/api/v1/tenants", List.of("POST"), List.of()),
            new Route(V1, "/api/v1/api-keys", List.of("GET", "POST"), List.of()),
            new Route(V1, "/api/v1/api-keys/{uuid}", List.of("DELETE"), List.of()),
            new Route(V1, "/api/v1/document-types", List.of("GET"), List.of("country")),
            new Route(V1, "/api/v1/documents/validate", List.of("POST"), List.of()),
            new Route(V1, "/api/v1/sales", List.of("GET", "POST"), LISTING),
            new Route(V1, "/api/v1/sales/{bill}", List.of("GET"), List.of()),
            new Route(V1, "/api/v1/sales/{uuid}/cancel", List.of("POST"), List.of()),
            new Route(V1, "/api/v1/quotations", List.of("GET", "POST"), LISTING),
            new Route(V1, "/api/v1/quotations/{uuid}", List.of("GET"), List.of()),
            new Route(V1, "/api/v1/quotations/{uuid}/accept", List.of("POST"), List.of()),
            new Route(V1, "/api/v1/quotations/{uuid}/reject", List.of("POST"), List.of()),
            new Route(V1, "/api/v1/invoices", List.of("GET", "POST"), LISTING),
            new Route(V1, "/api/v1/invoices/{uuid}", List.of("GET"), List.of()),
            new Route(V1, "/api/v1/bills", List.of("POST"), List.of()),
            new Route(V1, "/api/v1/bills/{bill}", List.of("GET"), List.of()),
            new Route(V1, "/api/v1/payment-plans", List.of("GET"), List.of("client_id", "document_number")),
            new Route(V1, "/api/v1/payment-plans/{plan}", List.of("GET"), List.of()),
            new Route(V1, "/api/v1/payment-plans/{plan}/payments", List.of("POST"), List.of()),
            new Route("/compat/credith", "/compat/credith/api/clients", List.of("GET", "POST"), PROFILE_LISTING),
            new Route(
                    "/compat/credith",
                    "/compat/credith/api/clients/{client}",
                    List.of("GET", "PUT", "DELETE"),
                    List.of()),
            new Route("/compat/credith", "/compat/credith/api/bills", List.of("POST"), List.of()),
            new Route("/compat/credith", "/compat/credith/api/payment-plan/{dni}", List.of("GET"), List.of()),
            new Route("/compat/inventario", "/compat/inventario/api/clientes", List.of("GET", "POST"), PROFILE_LISTING),
            new Route(
                    "/compat/inventario", "/compat/inventario/api/clientes/{client}", List.of("GET", "PUT"), List.of()),
            new Route(
                    "/compat/inventario",
                    "/compat/inventario/api/clientes/{client}/historial",
                    List.of("GET"),
                    List.of()),
            new Route(
                    "/compat/geotareas",
                    "/compat/geotareas/apidev/v1/clients",
                    List.of("GET", "POST"),
                    PROFILE_LISTING),
            new Route(
                    "/compat/geotareas",
                    "/compat/geotareas/apidev/v1/clients/{number}",
                    List.of("GET", "PUT"),
                    List.of()),
            new Route("/compat/oficina", "/compat/oficina/billing/customers", List.of("GET", "POST"), PROFILE_LISTING),
            new Route(
                    "/compat/oficina",
                    "/compat/oficina/billing/customers/{client}",
                    List.of("GET", "PATCH", "DELETE"),
                    List.of()),
            new Route(
                    "/compat/facturacion-pe",
                    "/compat/facturacion-pe/api/v1/clients",
                    List.of("GET", "POST"),
                    PROFILE_LISTING),
            new Route(
                    "/compat/facturacion-pe",
                    "/compat/facturacion-pe/api/v1/clients/{number}",
                    List.of("GET", "PUT", "PATCH", "DELETE"),
                    List.of("company_id")),
            new Route(
                    "/compat/facturacion-pe",
                    "/compat/facturacion-pe/api/v1/clients/{number}/activate",
                    List.of("POST"),
                    List.of()),
            new Route(
                    "/compat/facturacion-pe",
                    "/compat/facturacion-pe/api/v1/clients/search-by-document",
                    List.of("POST"),
                    List.of()));

    /** Percent-escapes and bytes, well-formed and not, for paths and query values. */
    private static final List<String> ODD_ESCAPES = List.of(
            "%ff",
            "%FF",
            "%zz",
            "%",
            "%f",
            "%c3%28",
            "%e2%82",
            "%c0%af",
            "%ed%a0%80",
            "%f8%88%80%80%80",
            "%00",
            "%2f",
            "%5c",
            "%2e%2e",
            "%25",
            "%c3%a1",
            "%e2%82%ac",
            "%f0%9f%92%a5",
            "%20",
            "+",
            "%0d%0a",
            "%7f");

    private static final List<String> ODD_RAW = List.of(
            "\u00ff",
            "\u00c3\u0028",
            "\u0080",
            "\u00e1",
            "\u0000",
            "\u0001",
            "\u007f",
            "\"",
            "<",
            ">",
            "{",
            "}",
            "|",
            "\\",
            "^",
            "`",
            " ",
            "\t",
            "#",
            "[",
            "]",
            ";x=1",
            "//",
            "/./");
    private static final List<String> VALUES = List.of(
            "",
            "ana",
            "maría lópez",
            "0801199012345",
            "-1",
            "0",
            "1",
            "501",
            "1e9",
            "NaN",
            "total",
            "only",
            "name",
            "-name",
            "relevance",
            "ACTIVE",
            "PE",
            "true",
            "2026-01-01T00:00:00Z",
            "999999999999999999999");
    private static final List<String> CONTENT_TYPES = List.of(
            "application/json",
            "application/json; charset=UTF-8",
            "application/json; charset=utf-16",
            "application/json; charset=UTF-32BE",
            "application/json; charset=ISO-8859-1",
            "application/json; charset=nope",
            "application/json; charset=",
            "application/json; charset=\"",
            "application/json;;;",
            "application/merge-patch+json",
            "application/x-www-form-urlencoded",
            "application/x-www-form-urlencoded; charset=latin1",
            "multipart/form-data",
            "multipart/form-data; boundary=XyZ",
            "multipart/form-data; boundary=",
            "text/plain",
            "text/plain; charset=\u00ff",
            "/json",
            ";",
            "application/",
            "*/*",
            "");
    private static final List<String> ACCEPTS = List.of(
            "application/json",
            "*/*",
            "text/html",
            "application/json;q=abc",
            "/",
            ";;;==",
            "application/problem+json",
            "application/xml",
            "*/*;q=0",
            "\u00ff");
    private static final List<String> TAGS =
            List.of("\"1\"", "*", "W/\"1\"", "1", "W/abc", "\"1", "\"1\", \"2\"", "\"\u00ff\"", ",", "\"a\" \"b\"", "");
    private static final List<String> METHODS_ODD =
            List.of("get", "GETT", "M-SEARCH", "TRACE", "CONNECT", "PROPFIND", "G\u0001T", "GE T", "", "\u00ffGET");
    private static final List<String> VERSIONS_ODD = List.of(
            "HTTP/1.0", "HTTP/2.0", "HTTP/1.7", "HTTP/9.9", "http/1.1", "HTTP/1", "HTTP/1.1 extra", "", "HTTQ/1.1");

    private final SplittableRandom random;
    private final Fixture fixture;
    private boolean truncated;

    RawRequests(long seed, Fixture fixture) {
        this.random = new SplittableRandom(seed);
        this.fixture = fixture;
    }

    Generated next() {
        Route route = pick(ROUTES);
        String method = method(route);
        boolean writes = !List.of("GET", "HEAD", "OPTIONS").contains(method);
        // bodiless verbs and deletes only ever name records that do not exist
        boolean realIds = !writes || method.equals("PUT") || method.equals("PATCH");
        String path = path(route, realIds);
        String target = path + query(route);
        if (chance(2)) {
            target = target + "?q=" + "a".repeat(9_000 + random.nextInt(12_000));
        }
        String version = chance(6) ? pick(VERSIONS_ODD) : "HTTP/1.1";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        truncated = false;
        write(out, method + " " + target + (version.isEmpty() ? "" : " " + version) + "\r\n");
        List<String> headers = headers(route);
        byte[] body = writes || chance(10) ? body(writes) : null;
        framing(headers, body, out);
        boolean dialectKnown = method.matches("[A-Za-z-]+")
                && !target.contains(" ")
                && !target.contains("\t")
                && target.length() < 8_000;
        // An empty body may be read as "nothing to change" (facturacion-pe, as its seed does): then it
        // may be accepted, and the snapshot taken after the last request shows that nothing changed.
        boolean refusable = writes && (body == null || body.length > 0);
        return new Generated(
                out.toByteArray(), method, dialectKnown ? route.base() : null, refusable, version.isEmpty(), truncated);
    }

    private String method(Route route) {
        int roll = random.nextInt(100);
        if (roll < 70) {
            return pick(route.methods());
        }
        if (roll < 85) {
            return pick(List.of("GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"));
        }
        return pick(METHODS_ODD);
    }

    private String path(Route route, boolean realIds) {
        Ids ids = fixture.ids();
        String path = route.path()
                .replace("{client}", realIds && chance(70) ? ids.clientId() : randomId())
                .replace("{number}", realIds && chance(70) ? String.valueOf(ids.clientNumber()) : randomNumber())
                .replace("{plan}", realIds && chance(70) ? ids.planId() : randomId())
                .replace("{bill}", realIds && chance(70) ? ids.billId() : randomId())
                .replace("{dni}", realIds && chance(50) ? ids.dni() : randomNumber())
                .replace("{uuid}", randomId());
        if (chance(35)) {
            // the profile's base stays intact, so the answer's dialect is known
            int at = route.base().length()
                    + 1
                    + random.nextInt(path.length() - route.base().length());
            at = Math.min(at, path.length());
            String odd = chance(50) ? pick(ODD_ESCAPES) : pick(ODD_RAW);
            path = path.substring(0, at) + odd + path.substring(at);
        }
        return path;
    }

    private String randomId() {
        return switch (random.nextInt(5)) {
            case 0 -> uuid().toString();
            case 1 -> uuid().toString().toUpperCase();
            case 2 -> randomNumber();
            case 3 -> "not-an-id";
            default -> uuid().toString().replace("-", "");
        };
    }

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private String randomNumber() {
        return String.valueOf(1_000_000 + random.nextLong(1L << 40));
    }

    private String query(Route route) {
        int count = random.nextInt(route.parameters().isEmpty() ? 2 : 5);
        if (count == 0) {
            return "";
        }
        List<String> parameters = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name =
                    route.parameters().isEmpty() || chance(10) ? pick(List.of("x", "q", "")) : pick(route.parameters());
            parameters.add(name + (chance(8) ? "" : "=" + value()));
            if (chance(8)) {
                parameters.add(name + "=" + value()); // the same parameter again
            }
        }
        return "?" + String.join("&", parameters);
    }

    private String value() {
        return switch (random.nextInt(6)) {
            case 0 -> pick(ODD_ESCAPES);
            case 1 -> pick(VALUES) + pick(ODD_ESCAPES);
            case 2 -> pick(ODD_RAW);
            case 3 -> utf8Escaped(pick(VALUES));
            default -> pick(VALUES).replace(" ", "+");
        };
    }

    private static String utf8Escaped(String value) {
        StringBuilder escaped = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            escaped.append('%').append(HexFormat.of().toHexDigits(b));
        }
        return escaped.toString();
    }

    private List<String> headers(Route route) {
        List<String> headers = new ArrayList<>();
        if (!chance(3)) {
            headers.add("Host: localhost");
        }
        switch (random.nextInt(7)) {
            case 0 -> {}
            case 1 -> headers.add("Authorization: Bearer " + fixture.adminKey());
            case 2, 3 -> headers.add("Authorization: Bearer " + fixture.operatorKey());
            case 4 -> headers.add("X-API-Key: " + fixture.viewerKey());
            case 5 -> headers.add("Authorization: Bearer " + fixture.adminKey() + pick(List.of("x", "\u00ff", "")));
            default -> headers.add("X-API-Key: " + pick(List.of("wrong", "\u00ff\u00fe", "", " ")));
        }
        if (route.base().equals("/compat/geotareas") && !chance(15)) {
            headers.add("tenant: " + (chance(80) ? fixture.tenantNumber() : pick(List.of("1", "x", "\u00e1"))));
        }
        int extras = random.nextInt(4);
        for (int i = 0; i < extras; i++) {
            headers.add(extraHeader());
        }
        return headers;
    }

    private String extraHeader() {
        return switch (random.nextInt(14)) {
            case 0 -> "Accept: " + pick(ACCEPTS);
            case 1 -> "If-Match: " + pick(TAGS);
            case 2 -> "If-None-Match: " + pick(TAGS);
            case 3 -> "X-Note: a" + pick(List.of("\u0001", "\u007f", "\u0000", "\u001b[31m", "\u00ff", "\u0008")) + "b";
            case 4 -> "X-N" + pick(List.of("\u0001", " ", "\u00ff", "(", "@")) + "te: x";
            case 5 -> "X-Note: " + "a".repeat(9_000 + random.nextInt(10_000));
            case 6 -> "No-Colon-Here";
            case 7 -> " folded: continuation";
            case 8 -> "X-Request-Id: " + pick(List.of("abc", "\u00ff", "x".repeat(300), "a b"));
            case 9 -> "Idempotency-Key: " + pick(List.of("fuzz-1", uuid().toString(), "", "\u00ff"));
            case 10 -> "Expect: " + pick(List.of("100-continue", "200-ok"));
            case 11 -> "Accept-Charset: " + pick(List.of("utf-8", "nope", "\u00ff"));
            case 12 -> "Connection: " + pick(List.of("keep-alive", "upgrade", "close, x"));
            default -> "Upgrade: " + pick(List.of("h2c", "websocket", "\u00ff"));
        };
    }

    /** A body that no route accepts: never a complete JSON value, whatever charset it is read in. */
    private byte[] body(boolean writes) {
        return switch (random.nextInt(writes ? 9 : 3)) {
            case 0 -> new byte[0];
            case 1 -> latin1("{\"name\": \"Ana\", \"document\": {\"type\": \"DNI\", \"number\": \"45678912\"}");
            case 2 -> latin1("{\"name\": \"" + pick(ODD_RAW) + "\"");
            case 3 -> latin1("name=Ana&dni=" + pick(ODD_ESCAPES));
            case 4 -> latin1("--XyZ\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nAna\r\n--XyZ--\r\n");
            case 5 -> "{\"name\": \"Ana\"".getBytes(StandardCharsets.UTF_16);
            case 6 -> latin1("{\"name\": \"\u00e1\u00e9\u00ed\", \"email\": ");
            case 7 -> latin1("nul");
            default -> {
                byte[] bytes = new byte[2 + random.nextInt(200)];
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) random.nextInt(256);
                }
                bytes[0] = '[';
                bytes[bytes.length - 1] = '['; // never a complete array
                yield bytes;
            }
        };
    }

    private void framing(List<String> headers, byte[] body, ByteArrayOutputStream out) {
        if (body != null && !chance(10)) {
            headers.add("Content-Type: " + pick(CONTENT_TYPES));
        }
        byte[] payload = body == null ? new byte[0] : body;
        int framing = body == null ? (chance(10) ? random.nextInt(9) : -1) : random.nextInt(9);
        switch (framing) {
            case 0 -> headers.add("Content-Length: " + payload.length);
            case 1 -> {
                headers.add("Content-Length: " + (payload.length + 1 + random.nextInt(50)));
                truncated = true;
            }
            case 2 -> headers.add("Content-Length: " + Math.max(0, payload.length - 1 - random.nextInt(5)));
            case 3 -> {
                headers.add("Content-Length: " + payload.length);
                headers.add("Content-Length: " + (chance(50) ? payload.length : payload.length + 1));
            }
            case 4 -> headers.add("Content-Length: " + pick(List.of("-1", "abc", "1e3", " ", "99999999999999999999")));
            case 5 -> headers.add("Transfer-Encoding: chunked");
            case 6 -> {
                headers.add("Transfer-Encoding: chunked");
                headers.add("Content-Length: " + payload.length);
            }
            case 7 ->
                headers.add("Transfer-Encoding: "
                        + pick(List.of(
                                "gzip, chunked", "chunked, chunked", "identity", "bogus", "chunked;x", "Chunked")));
            default -> headers.add("Content-Length: " + payload.length);
        }
        headers.add("Connection: close");
        if (chance(50) && !headers.isEmpty()) {
            headers.add(random.nextInt(headers.size()), headers.removeLast());
        }
        for (String header : headers) {
            write(out, header + "\r\n");
        }
        write(out, "\r\n");
        if (framing == 5 || framing == 6) {
            chunks(payload, out);
        } else {
            out.writeBytes(payload);
        }
    }

    private void chunks(byte[] payload, ByteArrayOutputStream out) {
        int at = 0;
        while (at < payload.length) {
            int size = Math.min(payload.length - at, 1 + random.nextInt(40));
            String sizeLine = switch (random.nextInt(12)) {
                case 0 -> "zz";
                case 1 -> {
                    truncated = true;
                    yield Integer.toHexString(size + 3);
                }
                case 2 -> Integer.toHexString(size) + ";ext=1";
                case 3 -> "-" + Integer.toHexString(size);
                default -> Integer.toHexString(size);
            };
            write(out, sizeLine + "\r\n");
            out.write(payload, at, size);
            write(out, chance(8) ? "\n" : "\r\n");
            at += size;
        }
        switch (random.nextInt(5)) {
            case 0 -> truncated = true; // no last chunk at all
            case 1 -> write(out, "0\r\nX-Trailer: x\r\n\r\n");
            default -> write(out, "0\r\n\r\n");
        }
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(latin1(text));
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
