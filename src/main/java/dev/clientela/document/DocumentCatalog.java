package dev.clientela.document;

import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The document types of each Latin-American country, and the one place that reads their numbers: normalises,
 * checks, formats and says what a number implies. Immutable and safe to share.
 */
public final class DocumentCatalog {

    private final Map<String, CountryDocuments> countries;

    DocumentCatalog(List<CountryDocuments> countries) {
        var byCountry = new LinkedHashMap<String, CountryDocuments>();
        countries.forEach(documents -> byCountry.put(documents.country(), documents));
        this.countries = Collections.unmodifiableMap(byCountry);
    }

    /** The Latin-American catalogue; {@code clock} bounds the years of birth a number may hold. */
    public static DocumentCatalog latinAmerica(Clock clock) {
        return new DocumentCatalog(LatinAmericanDocuments.all(clock));
    }

    /** The generic reading used when no type is known: Unicode dashes, dots and spaces dropped, upper-cased. */
    public static String normalise(String raw) {
        return TypedNumber.compact(raw, NumberRule.DASHES_DOTS_SPACES);
    }

    public Set<String> countries() {
        return countries.keySet();
    }

    public List<DocumentType> types(String country) {
        return documentsOf(country).map(CountryDocuments::types).orElse(List.of());
    }

    public Optional<DocumentType> type(String country, String code) {
        return entry(country, code).map(CatalogEntry::type);
    }

    /** The type a seed system means by its tax authority's code: ("PE", "6") is the RUC. */
    public Optional<DocumentType> bySeedCode(String country, String authorityCode) {
        if (authorityCode == null) {
            return Optional.empty();
        }
        return documentsOf(country)
                .flatMap(documents -> documents.bySeedCode(authorityCode))
                .map(CatalogEntry::type);
    }

    /** Reads a number as written. Never throws for a bad number; throws for an unknown country or type. */
    public DocumentCheck check(String country, String type, String raw) {
        return known(country, type).read(raw);
    }

    /** Reads a number written without its check digit (Colombian NITs in some systems); the digit is computed. */
    public DocumentCheck checkBase(String country, String type, String rawBase) {
        return known(country, type).readBase(rawBase);
    }

    private CatalogEntry known(String country, String type) {
        return entry(country, type).orElseThrow(() -> new UnknownDocumentType(country, type));
    }

    private Optional<CatalogEntry> entry(String country, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return documentsOf(country).flatMap(documents -> documents.entry(code));
    }

    private Optional<CountryDocuments> documentsOf(String country) {
        if (country == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(countries.get(country.trim().toUpperCase(Locale.ROOT)));
    }
}
