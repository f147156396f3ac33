package dev.clientela.client;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.JsonInput;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Reads a client's JSON, strictly and reporting every field error at once, into a typed command. */
public final class ClientInput {

    static final Set<String> FIELDS = Set.of(
            "name",
            "legal_name",
            "trade_name",
            "document",
            "tax_id",
            "email",
            "phone",
            "mobile",
            "address",
            "notes",
            "image_url",
            "external_code",
            "status",
            "metadata",
            "kind",
            "credit_limit");
    static final Set<String> READ_ONLY = Set.of(
            "id",
            "number",
            "phone_e164",
            "mobile_e164",
            "version",
            "created_at",
            "updated_at",
            "deleted_at",
            "warnings");
    private static final Set<String> DOCUMENT = Set.of("country", "type", "number", "typed");
    private static final Set<String> DOCUMENT_READ_ONLY = Set.of("formatted", "check_digit", "anonymous");
    private static final Set<String> ADDRESS = Set.of(
            "line",
            "street",
            "door_number",
            "apartment",
            "corner",
            "district",
            "city",
            "province",
            "department",
            "postal_code",
            "country",
            "ubigeo",
            "latitude",
            "longitude");
    private static final Set<String> MERGED = Set.of("address", "document", "metadata");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final Pattern METADATA_KEY = Pattern.compile("[A-Za-z0-9_.\\-]{1,40}");
    private static final Pattern UBIGEO = Pattern.compile("\\d{6}");
    private static final BigDecimal MAX_MONEY = new BigDecimal("999999999999.99");

    private ClientInput() {}

    /** Reads a client to register; throws one 422 listing every invalid field. */
    public static NewClient newClient(JsonNode body) {
        JsonInput in = JsonInput.of(body, FIELDS, READ_ONLY);
        NewClient client = new NewClient(
                in.requiredString("name", 200),
                in.string("legal_name", 255),
                in.string("trade_name", 255),
                document(in, true),
                in.string("tax_id", 60),
                email(in),
                in.string("phone", 40),
                in.string("mobile", 40),
                address(in),
                in.string("notes", 1000),
                imageUrl(in),
                in.string("external_code", 120),
                in.choice("status", ClientStatus.class),
                metadata(in, false),
                in.choice("kind", ClientKind.class),
                in.decimal("credit_limit", BigDecimal.ZERO, MAX_MONEY, 2));
        in.throwIfInvalid();
        return client;
    }

    /**
     * Reads a JSON merge patch of a client: each member sent is checked as when registering. The
     * problems found travel with the changes, for the registry to report once it has found the
     * client; whether the client is complete once merged is the registry's to say too.
     */
    public static ClientChanges changes(JsonNode patch) {
        JsonInput in;
        try {
            in = JsonInput.of(patch, FIELDS, READ_ONLY);
        } catch (ApiProblem notAnObject) {
            return ClientChanges.refused(notAnObject.errors());
        }
        NewClient values = new NewClient(
                in.has("name") ? in.requiredString("name", 200) : null,
                in.string("legal_name", 255),
                in.string("trade_name", 255),
                document(in, false),
                in.string("tax_id", 60),
                email(in),
                in.string("phone", 40),
                in.string("mobile", 40),
                address(in),
                in.string("notes", 1000),
                imageUrl(in),
                in.string("external_code", 120),
                in.choice("status", ClientStatus.class),
                metadata(in, true),
                in.choice("kind", ClientKind.class),
                in.decimal("credit_limit", BigDecimal.ZERO, MAX_MONEY, 2));
        return in.valid() ? new ClientChanges(values, given(patch)) : ClientChanges.refused(in.errors());
    }

    /** The paths a patch sends: members of the objects that merge, other members whole. */
    private static Set<String> given(JsonNode patch) {
        Set<String> given = new HashSet<>();
        for (var member : patch.properties()) {
            String name = member.getKey();
            JsonNode value = member.getValue();
            if (MERGED.contains(name) && value.isObject()) {
                value.propertyNames().forEach(inner -> given.add(name + "." + inner));
            } else {
                given.add(name);
            }
        }
        return given;
    }

    private static NewClient.TypedDocument document(JsonInput in, boolean complete) {
        JsonInput doc = in.object("document", DOCUMENT, DOCUMENT_READ_ONLY);
        if (doc == null) {
            return null;
        }
        String country = country(doc, "country");
        String type = complete ? doc.requiredString("type", 30) : doc.string("type", 30);
        String number = complete ? doc.requiredString("number", 40) : doc.string("number", 40);
        String typed = doc.string("typed", 40);
        return new NewClient.TypedDocument(country, type == null ? null : type.toUpperCase(Locale.ROOT), number, typed);
    }

    private static String country(JsonInput in, String field) {
        String country = in.string(field, 2);
        if (country == null) {
            return null;
        }
        String upper = country.toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(upper)) {
            in.reject(field, "invalid_value", "must be an ISO 3166-1 alpha-2 country code");
            return null;
        }
        return upper;
    }

    private static String email(JsonInput in) {
        String email = in.string("email", 254);
        if (email != null && !EMAIL.matcher(email).matches()) {
            in.reject("email", "invalid_format", "must be an email address");
            return null;
        }
        return email;
    }

    private static String imageUrl(JsonInput in) {
        String url = in.string("image_url", 500);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        in.reject("image_url", "invalid_format", "must be an absolute http or https URL");
        return null;
    }

    private static Address address(JsonInput in) {
        JsonInput a = in.object("address", ADDRESS, Set.of());
        if (a == null) {
            return null;
        }
        String ubigeo = a.string("ubigeo", 6);
        if (ubigeo != null && !isUbigeo(ubigeo)) {
            a.reject("ubigeo", "invalid_format", "must be 6 digits, starting with a department 01 to 25");
            ubigeo = null;
        }
        Address address = new Address(
                a.string("line", 255),
                a.string("street", 200),
                a.string("door_number", 20),
                a.string("apartment", 20),
                a.string("corner", 200),
                a.string("district", 100),
                a.string("city", 100),
                a.string("province", 100),
                a.string("department", 100),
                a.string("postal_code", 20),
                country(a, "country"),
                ubigeo,
                a.decimal("latitude", BigDecimal.valueOf(-90), BigDecimal.valueOf(90), 8),
                a.decimal("longitude", BigDecimal.valueOf(-180), BigDecimal.valueOf(180), 8));
        return address.isEmpty() ? null : address;
    }

    private static boolean isUbigeo(String ubigeo) {
        if (!UBIGEO.matcher(ubigeo).matches()) {
            return false;
        }
        int department = Integer.parseInt(ubigeo.substring(0, 2));
        return department >= 1 && department <= 25;
    }

    /** Metadata to set; in a patch ({@code removals}) a null value removes its key. */
    private static Map<String, String> metadata(JsonInput in, boolean removals) {
        Map<String, String> given = in.stringMap("metadata");
        if (given == null) {
            return Map.of();
        }
        if (!removals && given.size() > NewClient.MAX_METADATA_KEYS) {
            in.reject("metadata", "too_many_keys", "must have at most 50 keys");
            return Map.of();
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        given.forEach((key, value) -> {
            if (!METADATA_KEY.matcher(key).matches()) {
                in.reject("metadata." + key, "invalid_key", "keys are 1 to 40 letters, digits, '_', '.' or '-'");
            } else if (value != null && value.codePointCount(0, value.length()) > 500) {
                in.reject("metadata." + key, "too_long", "must be at most 500 characters");
            } else if (value != null && !dev.clientela.web.TextRules.isClean(value)) {
                in.reject("metadata." + key, "invalid_characters", "must not contain control characters");
            } else if (value != null || removals) {
                metadata.put(key, value);
            }
        });
        return metadata;
    }
}
