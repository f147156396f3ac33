package dev.clientela.client;

/**
 * A client's fields by their canonical path, in the order a client is read and its problems are
 * listed, each with the longest text it may hold. {@code DOCUMENT}, {@code ADDRESS} and
 * {@code METADATA} are the objects whose members merge in a patch.
 */
public enum ClientField {
    NAME("name", 200),
    LEGAL_NAME("legal_name", 255),
    TRADE_NAME("trade_name", 255),
    DOCUMENT("document", 0),
    DOCUMENT_COUNTRY("document.country", 2),
    DOCUMENT_TYPE("document.type", 30),
    DOCUMENT_NUMBER("document.number", 40),
    DOCUMENT_TYPED("document.typed", 40),
    TAX_ID("tax_id", 60),
    EMAIL("email", 254),
    PHONE("phone", 40),
    MOBILE("mobile", 40),
    ADDRESS("address", 0),
    UBIGEO("address.ubigeo", 6),
    LINE("address.line", 255),
    STREET("address.street", 200),
    DOOR_NUMBER("address.door_number", 20),
    APARTMENT("address.apartment", 20),
    CORNER("address.corner", 200),
    DISTRICT("address.district", 100),
    CITY("address.city", 100),
    PROVINCE("address.province", 100),
    DEPARTMENT("address.department", 100),
    POSTAL_CODE("address.postal_code", 20),
    ADDRESS_COUNTRY("address.country", 2),
    LATITUDE("address.latitude", 0),
    LONGITUDE("address.longitude", 0),
    NOTES("notes", 1000),
    IMAGE_URL("image_url", 500),
    EXTERNAL_CODE("external_code", 120),
    STATUS("status", 0),
    METADATA("metadata", 0),
    KIND("kind", 0),
    CREDIT_LIMIT("credit_limit", 0);

    private final String path;
    private final int max;

    ClientField(String path, int max) {
        this.path = path;
        this.max = max;
    }

    public String path() {
        return path;
    }

    /** The member's name within its object: {@code ubigeo} for {@code address.ubigeo}. */
    public String member() {
        return path.substring(path.indexOf('.') + 1);
    }

    /** The most characters the field's text may have. */
    public int max() {
        return max;
    }

    ClientField parent() {
        return switch (path.substring(0, Math.max(0, path.indexOf('.')))) {
            case "document" -> DOCUMENT;
            case "address" -> ADDRESS;
            default -> null;
        };
    }

    /** Where a problem at {@code path} is listed: by its field, a member of an object by the object. */
    static int rank(String path) {
        ClientField owner = null;
        for (ClientField field : values()) {
            if (field.path.equals(path)) {
                return field.ordinal();
            }
            if (path.startsWith(field.path + ".")) {
                owner = field;
            }
        }
        return owner == null ? -1 : owner.ordinal();
    }
}
