package dev.clientela.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.interaction.ApiOperationResolver;
import com.atlassian.oai.validator.model.ApiOperationMatch;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The OpenAPI documents as the tests hold the service to them: every response an API path answers
 * must be one its document lists (status, headers, body), and every request the service accepted
 * must be one its document describes. A path or method the document lacks may only be refused.
 */
public final class Contract {

    /** Headers of the HTTP machinery, which no API document lists. */
    private static final Set<String> TRANSPORT_HEADERS = Set.of(
            "cache-control",
            "connection",
            "content-length",
            "content-type",
            "date",
            "expires",
            "keep-alive",
            "pragma",
            "server", // set by the proxy in front (nginx in the production rig), not by the service
            "transfer-encoding",
            "vary",
            "x-content-type-options",
            "x-frame-options",
            "x-xss-protection");

    private static final Map<String, Contract> BY_PREFIX = load();

    private final String name;
    private final OpenAPI api;
    private final OpenApiInteractionValidator validator;
    private final ApiOperationResolver operations;

    private Contract(String name, String text, OpenAPI api) {
        this.name = name;
        this.api = api;
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(text)
                // the service reads a choice (PERSON, STRICT, ...) in any case, which an enum cannot say
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.body.schema.enum", ValidationReport.Level.IGNORE)
                        .build())
                .build();
        this.operations = new ApiOperationResolver(api, null, false);
    }

    private static Map<String, Contract> load() {
        Map<String, Contract> documents = new LinkedHashMap<>();
        documents.put("/compat/facturacion-pe/", document("facturacion-pe"));
        documents.put("/compat/geotareas/", document("geotareas"));
        documents.put("/compat/oficina/", document("oficina"));
        documents.put("/compat/credith/", document("credith"));
        documents.put("/compat/inventario/", document("inventario"));
        documents.put("/api/", document("clientela"));
        documents.values().removeIf(c -> c == null);
        return documents;
    }

    private static Contract document(String name) {
        String resource = "/openapi/" + name + ".yaml";
        try (InputStream in = Contract.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            var result = new OpenAPIV3Parser().readContents(text, null, options);
            if (result.getOpenAPI() == null || !result.getMessages().isEmpty()) {
                throw new IllegalStateException(resource + " does not parse: " + result.getMessages());
            }
            return new Contract(name, text, result.getOpenAPI());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Throws an {@link AssertionError} naming the operation and each mismatch, when the exchange breaks its document. */
    public static void check(
            String method,
            String target,
            Map<String, String> requestHeaders,
            String body,
            Api.Response response,
            boolean checkRequest) {
        String path = target.split("\\?", 2)[0];
        Contract contract = BY_PREFIX.entrySet().stream()
                .filter(e -> path.startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
        if (contract != null) {
            contract.verify(method, target, path, requestHeaders, body, response, checkRequest);
        }
    }

    private void verify(
            String method,
            String target,
            String path,
            Map<String, String> requestHeaders,
            String body,
            Api.Response response,
            boolean checkRequest) {
        Request.Method verb = Request.Method.valueOf(method.toUpperCase(Locale.ROOT));
        ApiOperationMatch match = operations.findApiOperation(path, verb);
        String exchange = method + " " + target + " -> " + response.status();
        if (!match.isPathFound() || !match.isOperationAllowed()) {
            if (response.status() < 400) {
                throw new AssertionError(
                        "Contract (" + name + "): " + exchange + " answers an operation the document does not have");
            }
            return;
        }
        String operation = match.getApiOperation().getOperation().getOperationId();
        List<String> problems = new ArrayList<>();
        SimpleResponse.Builder answer = new SimpleResponse.Builder(response.status());
        response.headers().forEach(answer::withHeader);
        if (response.text() != null && !response.text().isEmpty()) {
            answer.withBody(response.text());
        }
        report(validator.validateResponse(path, verb, answer.build()), problems);
        problems.addAll(undocumentedHeaders(match, response));
        if (checkRequest && response.status() / 100 == 2) {
            ValidationReport request = validator.validateRequest(request(method, target, path, requestHeaders, body));
            // an optional body left out has no media type, which the validator would still ask for
            request.getMessages().stream()
                    .filter(m -> body != null || !m.getKey().equals("validation.request.contentType.notAllowed"))
                    .forEach(m -> report(ValidationReport.singleton(m), problems));
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("Contract (" + name + "), operation " + operation + ": " + exchange + "\n  - "
                    + String.join("\n  - ", problems) + "\n  body: " + abbreviated(response.text()));
        }
    }

    private List<String> undocumentedHeaders(ApiOperationMatch match, Api.Response response) {
        ApiResponse documented =
                match.getApiOperation().getOperation().getResponses().get(String.valueOf(response.status()));
        if (documented == null) {
            return List.of();
        }
        if (documented.get$ref() != null) {
            String component =
                    documented.get$ref().substring(documented.get$ref().lastIndexOf('/') + 1);
            documented = api.getComponents().getResponses().get(component);
        }
        Set<String> listed = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        if (documented.getHeaders() != null) {
            listed.addAll(documented.getHeaders().keySet());
        }
        return response.headers().keySet().stream()
                .filter(h -> !TRANSPORT_HEADERS.contains(h.toLowerCase(Locale.ROOT)) && !listed.contains(h))
                .map(h -> "header '" + h + "' is not documented for status " + response.status())
                .toList();
    }

    private static SimpleRequest request(
            String method, String target, String path, Map<String, String> headers, String body) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, path);
        headers.forEach(request::withHeader);
        if (body != null) {
            if (!headers.containsKey("Content-Type")) {
                request.withContentType("application/json");
            }
            request.withBody(body);
        }
        String[] parts = target.split("\\?", 2);
        if (parts.length == 2) {
            Map<String, List<String>> query = new LinkedHashMap<>();
            for (String pair : parts[1].split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                String[] kv = pair.split("=", 2);
                query.computeIfAbsent(decode(kv[0]), k -> new ArrayList<>()).add(kv.length == 2 ? decode(kv[1]) : "");
            }
            query.forEach(request::withQueryParam);
        }
        return request.build();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static void report(ValidationReport report, List<String> problems) {
        report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage()
                        + (m.getAdditionalInfo().isEmpty() ? "" : " " + String.join("; ", m.getAdditionalInfo()))
                        + nested(m))
                .forEach(problems::add);
    }

    private static String nested(ValidationReport.Message message) {
        return message.getNestedMessages().isEmpty()
                ? ""
                : message.getNestedMessages().stream()
                        .map(n -> n.getMessage())
                        .collect(Collectors.joining("; ", " [", "]"));
    }

    private static String abbreviated(String text) {
        return text == null || text.length() <= 600 ? text : text.substring(0, 600) + "...";
    }
}
