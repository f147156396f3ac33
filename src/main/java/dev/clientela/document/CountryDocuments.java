package dev.clientela.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The document types one country issues, found by our code or by the tax authority's. Built once, then read only. */
final class CountryDocuments {

    private final String country;
    private final List<DocumentType> types = new ArrayList<>();
    private final Map<String, CatalogEntry> byCode = new HashMap<>();
    private final Map<String, CatalogEntry> byAuthorityCode = new HashMap<>();

    CountryDocuments(String country) {
        this.country = country;
    }

    CountryDocuments type(
            String code,
            String name,
            String authorityCode,
            HolderKind kind,
            String example,
            NumberRule rule,
            String... anonymous) {
        var type = new DocumentType(country, code, name, authorityCode, kind, example);
        var entry = new CatalogEntry(type, rule, Set.of(anonymous));
        if (byCode.putIfAbsent(code, entry) != null) {
            throw new IllegalStateException("Document type listed twice: " + country + " " + code);
        }
        if (authorityCode != null) {
            byAuthorityCode.put(authorityCode, entry);
        }
        types.add(type);
        return this;
    }

    /** Every country accepts a passport and some other document, for foreigners and the unusual case. */
    CountryDocuments passportAndOther(String passportCode, String otherCode) {
        if (!byCode.containsKey("PASSPORT")) {
            type("PASSPORT", "Pasaporte", passportCode, HolderKind.PERSON, "AB123456", Alphanumeric.passport());
        }
        return type("OTHER", "Otro documento", otherCode, HolderKind.EITHER, "X1234567", Alphanumeric.passport());
    }

    String country() {
        return country;
    }

    List<DocumentType> types() {
        return List.copyOf(types);
    }

    Optional<CatalogEntry> entry(String code) {
        return Optional.ofNullable(byCode.get(code.toUpperCase(Locale.ROOT)));
    }

    Optional<CatalogEntry> bySeedCode(String authorityCode) {
        return Optional.ofNullable(byAuthorityCode.get(authorityCode.trim().toUpperCase(Locale.ROOT)));
    }
}
