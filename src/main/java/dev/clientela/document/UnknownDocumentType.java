package dev.clientela.document;

/** The catalogue has no such country, or no such document type in that country. */
public class UnknownDocumentType extends IllegalArgumentException {

    public UnknownDocumentType(String country, String type) {
        super("No document type " + type + " in country " + country);
    }
}
