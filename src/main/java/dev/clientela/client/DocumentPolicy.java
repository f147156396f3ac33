package dev.clientela.client;

import dev.clientela.document.DocumentCatalog;
import dev.clientela.document.DocumentCheck;
import dev.clientela.document.DocumentProblem;
import dev.clientela.document.HolderKind;
import dev.clientela.document.UnknownDocumentType;
import dev.clientela.tenant.DocumentValidation;
import dev.clientela.web.ApiProblem;
import dev.clientela.web.FieldError;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reads a typed document through the catalogue and applies the tenant's strictness: {@code STRICT}
 * refuses an invalid number, {@code WARN} keeps it with warnings, {@code OFF} only normalises it.
 */
@Component
class DocumentPolicy {

    private final DocumentCatalog catalog;

    DocumentPolicy(DocumentCatalog catalog) {
        this.catalog = catalog;
    }

    Reading read(NewClient.TypedDocument typed, String defaultCountry, DocumentValidation validation) {
        String country = typed.country() == null ? defaultCountry : typed.country();
        DocumentCheck check;
        try {
            check = catalog.check(country, typed.type(), typed.number());
        } catch (UnknownDocumentType e) {
            throw ApiProblem.invalid(
                    "document.type",
                    "unknown_type",
                    "'" + typed.type() + "' is not a document type of " + country
                            + "; see GET /api/v1/document-types?country=" + country);
        }
        List<Warning> warnings = new ArrayList<>();
        if (!check.valid()) {
            switch (validation) {
                case STRICT ->
                    throw ApiProblem.invalid(check.errors().stream()
                            .map(p -> new FieldError("document.number", p.code(), p.message()))
                            .toList());
                case WARN -> check.errors().forEach(p -> warnings.add(warning(p)));
                case OFF -> {}
            }
        }
        if (validation != DocumentValidation.OFF) {
            check.warnings().forEach(p -> warnings.add(warning(p)));
        }
        String formatted = check.valid() || validation == DocumentValidation.OFF ? check.formatted() : check.number();
        ClientDocument document = new ClientDocument(
                check.country(),
                check.type(),
                check.number(),
                formatted,
                check.valid() ? check.checkDigit() : null,
                check.anonymous(),
                (typed.typed() != null ? typed.typed() : typed.number()).strip());
        ClientKind kind = check.kind() == HolderKind.COMPANY ? ClientKind.COMPANY : ClientKind.PERSON;
        List<ClientDocument> sameHolder = check.sameHolder().stream()
                .map(ref -> new ClientDocument(ref.country(), ref.type(), ref.number(), null, null, false, null))
                .toList();
        return new Reading(document, kind, warnings, sameHolder);
    }

    private static Warning warning(DocumentProblem problem) {
        return new Warning("document.number", problem.code(), problem.message(), null);
    }

    /** A document as it will be stored, the kind of holder it implies, and what to tell the caller. */
    record Reading(ClientDocument document, ClientKind kind, List<Warning> warnings, List<ClientDocument> sameHolder) {}
}
