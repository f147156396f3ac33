package dev.clientela.console;

import dev.clientela.client.Client;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the register and edit forms post, and the same fields as the body the client use cases
 * read: the console goes through the API's rules, not a second set of its own.
 */
record ClientForm(
        String name,
        String documentType,
        String documentNumber,
        String email,
        String phone,
        String mobile,
        String addressLine,
        String city,
        String notes,
        Long version) {

    static ClientForm empty() {
        return new ClientForm(null, null, null, null, null, null, null, null, null, null);
    }

    static ClientForm of(Client c) {
        return new ClientForm(
                c.name(),
                c.document() == null ? null : c.document().type(),
                c.document() == null
                        ? null
                        : c.document().typed() != null
                                ? c.document().typed()
                                : c.document().number(),
                c.email(),
                c.phone(),
                c.mobile(),
                c.address() == null ? null : c.address().line(),
                c.address() == null ? null : c.address().city(),
                c.notes(),
                c.version());
    }

    /** A field by its form name, for the pages that list fields. */
    public String get(String field) {
        return switch (field) {
            case "name" -> name;
            case "documentType" -> documentType;
            case "documentNumber" -> documentNumber;
            case "email" -> email;
            case "phone" -> phone;
            case "mobile" -> mobile;
            case "addressLine" -> addressLine;
            case "city" -> city;
            case "notes" -> notes;
            default -> throw new IllegalArgumentException(field);
        };
    }

    static final java.util.List<String> FIELDS = java.util.List.of(
            "name", "documentType", "documentNumber", "email", "phone", "mobile", "addressLine", "city", "notes");

    /** The form as it was when the page was opened: posted back as {@code base_<field>}. */
    static ClientForm base(java.util.Map<String, String> params) {
        return new ClientForm(
                params.get("base_name"),
                params.get("base_documentType"),
                params.get("base_documentNumber"),
                params.get("base_email"),
                params.get("base_phone"),
                params.get("base_mobile"),
                params.get("base_addressLine"),
                params.get("base_city"),
                params.get("base_notes"),
                null);
    }

    /**
     * A three-way merge after a conflict: the fields this person changed keep their values, the others
     * take what the other person saved, so neither edit is lost.
     */
    ClientForm mergedOver(ClientForm base, ClientForm theirs) {
        java.util.function.Function<String, String> pick = f -> same(get(f), base.get(f)) ? theirs.get(f) : get(f);
        return new ClientForm(
                pick.apply("name"),
                pick.apply("documentType"),
                pick.apply("documentNumber"),
                pick.apply("email"),
                pick.apply("phone"),
                pick.apply("mobile"),
                pick.apply("addressLine"),
                pick.apply("city"),
                pick.apply("notes"),
                theirs.version());
    }

    static boolean same(String a, String b) {
        return (a == null ? "" : a.strip()).equals(b == null ? "" : b.strip());
    }

    ClientForm withVersion(long newVersion) {
        return new ClientForm(
                name, documentType, documentNumber, email, phone, mobile, addressLine, city, notes, newVersion);
    }

    /** The body of a register or of a full edit: a blank field is cleared. */
    ObjectNode body() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        put(body, "name", name);
        if (blank(documentNumber) && blank(documentType)) {
            body.putNull("document");
        } else {
            ObjectNode document = body.putObject("document");
            put(document, "type", documentType);
            put(document, "number", documentNumber);
        }
        put(body, "email", email);
        put(body, "phone", phone);
        put(body, "mobile", mobile);
        if (blank(addressLine) && blank(city)) {
            body.putNull("address");
        } else {
            ObjectNode address = body.putObject("address");
            put(address, "line", addressLine);
            put(address, "city", city);
        }
        put(body, "notes", notes);
        return body;
    }

    private static void put(ObjectNode node, String field, String value) {
        if (blank(value)) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
