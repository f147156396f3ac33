package dev.clientela.client;

import dev.clientela.document.DocumentCatalog;
import dev.clientela.document.DocumentCheck;
import dev.clientela.document.DocumentType;
import dev.clientela.document.UnknownDocumentType;
import dev.clientela.tenant.TenantDirectory;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.JsonInput;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The identity-document catalogue over HTTP: which types exist, and what a number says. */
@RestController
@PreAuthorize("hasRole('VIEWER')")
class DocumentController {

    private static final Set<String> ITEM = Set.of("country", "type", "number");
    private static final int MAX_BATCH = 1000;

    private final DocumentCatalog catalog;
    private final TenantDirectory tenants;

    DocumentController(DocumentCatalog catalog, TenantDirectory tenants) {
        this.catalog = catalog;
        this.tenants = tenants;
    }

    @GetMapping("/api/v1/document-types")
    Map<String, List<DocumentType>> types(@RequestParam(value = "country", required = false) String country) {
        if (country == null || country.isBlank()) {
            return Map.of(
                    "data",
                    catalog.countries().stream()
                            .flatMap(c -> catalog.types(c).stream())
                            .toList());
        }
        String code = country.strip().toUpperCase(Locale.ROOT);
        if (!catalog.countries().contains(code)) {
            throw ApiProblem.invalid(
                    "country", "invalid_value", "must be one of " + String.join(", ", catalog.countries()));
        }
        return Map.of("data", catalog.types(code));
    }

    /**
     * One number, {@code {country, type, number}}, or a batch, {@code {documents: [...]}} of 1 to
     * 1,000 of them answered in order. A malformed item makes the whole batch a 422 naming each bad
     * field as {@code documents[i].field}, as the single form does for its own fields; a number that
     * fails its checks is an answer, {@code valid: false}, like the single form's.
     */
    @PostMapping("/api/v1/documents/validate")
    Object validate(@RequestBody JsonNode body) {
        if (body != null && body.isObject() && body.has("documents")) {
            JsonInput batch = JsonInput.of(body, Set.of("documents"), Set.of());
            if (batch.isNull("documents")) {
                batch.reject("documents", "required", "is required");
            }
            List<JsonInput> items = batch.objects("documents", 1, MAX_BATCH, ITEM);
            String tenantCountry = items.isEmpty() ? null : tenants.current().country();
            List<DocumentCheckView> answers =
                    items.stream().map(item -> check(item, tenantCountry)).toList();
            batch.throwIfInvalid();
            return Map.of("data", answers);
        }
        JsonInput input = JsonInput.of(body, ITEM, Set.of());
        DocumentCheckView answer = check(input, tenants.current().country());
        input.throwIfInvalid();
        return answer;
    }

    /** Reads and checks one number; null, with its problems recorded in {@code in}, when malformed. */
    private DocumentCheckView check(JsonInput in, String tenantCountry) {
        String country = in.string("country", 2);
        String type = in.requiredString("type", 30);
        String number = in.requiredString("number", 40);
        if (type == null || number == null || !in.validHere()) {
            return null;
        }
        String effectiveCountry = country == null ? tenantCountry : country.toUpperCase(Locale.ROOT);
        try {
            return DocumentCheckView.of(catalog.check(effectiveCountry, type.toUpperCase(Locale.ROOT), number));
        } catch (UnknownDocumentType e) {
            in.reject("type", "unknown_type", "'" + type + "' is not a document type of " + effectiveCountry);
            return null;
        }
    }

    record DocumentCheckView(
            boolean valid,
            String country,
            String type,
            String number,
            String formatted,
            String kind,
            String checkDigit,
            boolean anonymous,
            List<?> errors,
            List<?> warnings,
            List<?> sameHolder) {

        static DocumentCheckView of(DocumentCheck c) {
            return new DocumentCheckView(
                    c.valid(),
                    c.country(),
                    c.type(),
                    c.number(),
                    c.formatted(),
                    c.kind().name(),
                    c.checkDigit(),
                    c.anonymous(),
                    c.errors(),
                    c.warnings(),
                    c.sameHolder());
        }
    }
}
