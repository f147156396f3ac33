package dev.clientela.document;

/**
 * One kind of document a country issues. {@code code} is ours and stable; {@code authorityCode} is the tax
 * authority's own code for it, when there is one; {@code example} is a valid number, formatted.
 */
public record DocumentType(
        String country, String code, String name, String authorityCode, HolderKind kind, String example) {}
