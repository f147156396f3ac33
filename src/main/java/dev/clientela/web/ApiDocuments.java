package dev.clientela.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The OpenAPI documents, written by hand under {@code openapi/} and served as they are: the canonical
 * API at {@code /v3/api-docs} and each compatibility profile at {@code /v3/api-docs/<profile>}. The
 * tests hold every request and response to them, so they are the contract rather than a description
 * generated from the code.
 */
@RestController
class ApiDocuments {

    /** The canonical API first: Swagger UI opens on the first document it is given. */
    static final List<String> NAMES =
            List.of("clientela", "credith", "facturacion-pe", "geotareas", "inventario", "oficina");

    private static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    private final Map<String, String> yaml = new LinkedHashMap<>();
    /** Each document as JSON, converted when first asked for: parsing them all took a good share of start-up. */
    private final Map<String, String> json = new ConcurrentHashMap<>();

    ApiDocuments() {
        for (String name : NAMES) {
            yaml.put(name, resource("/openapi/" + name + ".yaml"));
        }
    }

    @GetMapping(value = "/v3/api-docs", produces = MediaType.APPLICATION_JSON_VALUE)
    String canonical() {
        return json("clientela");
    }

    @GetMapping(value = "/v3/api-docs.yaml")
    ResponseEntity<String> canonicalYaml() {
        return ResponseEntity.ok().contentType(YAML).body(yaml.get("clientela"));
    }

    @GetMapping(value = "/v3/api-docs/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    String document(@PathVariable String name) {
        if (!yaml.containsKey(name)) {
            throw ApiProblem.notFound("The API document '" + name + "'");
        }
        return json(name);
    }

    private String json(String name) {
        return json.computeIfAbsent(
                name,
                n -> JsonMapper.builder()
                        .build()
                        .writeValueAsString(YAMLMapper.builder().build().readValue(yaml.get(n), JsonNode.class)));
    }

    private static String resource(String path) {
        try (InputStream in = ApiDocuments.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the build");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
