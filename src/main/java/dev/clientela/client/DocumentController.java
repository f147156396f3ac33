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

    private final DocumentCatalog catalog = DocumentCatalog.latinAmerica();
    private final TenantDirectory tenants;

    DocumentController(TenantDirectory tenants) {
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

    @PostMapping("/api/v1/documents/validate")
    DocumentCheckView validate(@RequestBody JsonNode body) {
        JsonInput input = JsonInput.of(body, Set.of("country", "type", "number"), Set.of());
        String country = input.string("country", 2);
        String type = input.requiredString("type", 30);
        String number = input.requiredString("number", 40);
        input.throwIfInvalid();
        String effectiveCountry = country == null ? tenants.current().country() : country.toUpperCase(Locale.ROOT);
        try {
            return DocumentCheckView.of(catalog.check(effectiveCountry, type.toUpperCase(Locale.ROOT), number));
        } catch (UnknownDocumentType e) {
            throw ApiProblem.invalid(
                    "type", "unknown_type", "'" + type + "' is not a document type of " + effectiveCountry);
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
