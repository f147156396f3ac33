package dev.clientela.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser without a screen: real HTTP to the console, its cookies kept, redirects not followed. */
final class ConsoleClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern META_CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    ConsoleClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), Map.of());
    }

    Page get(String path, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
    }

    /** Posts a form as the page at {@code formPage} would, with that page's CSRF token. */
    Page submit(String formPage, String action, Map<String, String> fields) {
        String token = get(formPage).csrf();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", token);
        return post(action, all);
    }

    Page post(String path, Map<String, String> fields) {
        return post(path, fields, Map.of());
    }

    Page post(String path, Map<String, String> fields, Map<String, String> headers) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                headers);
    }

    /**
     * Posts a multipart form as a browser sends one: its fields, then its file; the CSRF token in the
     * query, where the console's upload form carries it ({@code csrf} null sends none).
     */
    Page upload(String path, String csrf, Map<String, String> fields, String fileName, byte[] file) {
        String boundary = "----clientela-console-upload";
        var body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String query = csrf == null ? "" : "?_csrf=" + encode(csrf);
        return send(
                HttpRequest.newBuilder(URI.create(base + path + query))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
                Map.of());
    }

    Page signIn(String email, String password) {
        return submit("/console/login", "/console/login", Map.of("email", email, "password", password));
    }

    Optional<String> session() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("CLIENTELA_SESSION"))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    void forgetCookies() {
        cookies.getCookieStore().removeAll();
    }

    void useSession(String value) {
        forgetCookies();
        HttpCookie cookie = new HttpCookie("CLIENTELA_SESSION", value);
        cookie.setPath("/console");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base + "/console"), cookie);
    }

    private Page send(HttpRequest.Builder request, Map<String, String> headers) {
        headers.forEach(request::header);
        try {
            HttpResponse<String> response =
                    http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    record Page(int status, Map<String, List<String>> headers, String body) {

        String location() {
            return header("Location");
        }

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst()
                    .orElse(null);
        }

        List<String> all(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .toList();
        }

        String csrf() {
            Matcher form = CSRF.matcher(body);
            if (form.find()) {
                return form.group(1);
            }
            Matcher meta = META_CSRF.matcher(body);
            if (meta.find()) {
                return meta.group(1);
            }
            throw new IllegalStateException("No CSRF token on the page: " + status + " " + body);
        }
    }
}
