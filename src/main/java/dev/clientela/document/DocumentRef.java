package dev.clientela.document;

/** A document number in canonical form, with the country and type that give it meaning. */
public record DocumentRef(String country, String type, String number) {}
