package dev.clientela.document;

/** Who can hold a document: a natural person, a legal entity, or either. */
public enum HolderKind {
    PERSON,
    COMPANY,
    EITHER
}
