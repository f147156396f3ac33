package dev.clientela.client;

import static dev.clientela.client.ClientData.COMPANY_RUC;
import static dev.clientela.client.ClientData.RUC_WITH_WRONG_CHECK_DIGIT;
import static dev.clientela.client.ClientData.json;
import static dev.clientela.client.ClientData.named;
import static dev.clientela.client.ClientRequests.CLIENTS;
import static dev.clientela.client.ClientRequests.fieldErrors;
import static dev.clientela.client.ClientRequests.pathOf;
import static dev.clientela.client.ClientRequests.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.clientela.support.Api;
import dev.clientela.support.ApiTest;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

class ClientValidationTest extends ApiTest {

    private Api operator;

    @BeforeEach
    void openShop() {
        operator = api.as(keyWithRole(openTenant("Bodega Validaciones", "PE"), "OPERATOR"));
    }

    /** A valid name followed by one bad member. */
    private static String withName(String member) {
        return "{\"name\": \"Bodega Central\", " + member + "}";
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    private static String chars(int count) {
        return "x".repeat(count);
    }

    static Stream<Arguments> invalidNames() {
        return Stream.of(
                Arguments.of("missing", "{\"email\": \"ana@andes.pe\"}", "required"),
                Arguments.of("null", "{\"name\": null}", "required"),
                Arguments.of("empty", "{\"name\": \"\"}", "required"),
                Arguments.of("blank", "{\"name\": \"   \"}", "required"),
                Arguments.of("201 characters", "{\"name\": " + quoted(chars(201)) + "}", "too_long"),
                Arguments.of("a number", "{\"name\": 42}", "invalid_type"),
                Arguments.of("an object", "{\"name\": {\"first\": \"Ana\"}}", "invalid_type"));
    }

    @ParameterizedTest(name = "name {0}")
    @MethodSource("invalidNames")
    void refusesAClientWithoutAUsableName(String description, String body, String code) {
        var response = operator.post(CLIENTS, body);

        assertRefused(response, "name", code);
    }

    static Stream<Arguments> overlongTexts() {
        return Stream.of(
                Arguments.of("legal_name", 255),
                Arguments.of("trade_name", 255),
                Arguments.of("tax_id", 60),
                Arguments.of("phone", 40),
                Arguments.of("mobile", 40),
                Arguments.of("notes", 1000),
                Arguments.of("external_code", 120));
    }

    @ParameterizedTest(name = "{0} longer than {1}")
    @MethodSource("overlongTexts")
    void refusesTextLongerThanItsField(String field, int max) {
        var response = operator.post(CLIENTS, withName(quoted(field) + ": " + quoted(chars(max + 1))));

        assertRefused(response, field, "too_long");
    }

    static Stream<Arguments> overlongAddressParts() {
        return Stream.of(
                Arguments.of("line", 255),
                Arguments.of("street", 200),
                Arguments.of("door_number", 20),
                Arguments.of("apartment", 20),
                Arguments.of("corner", 200),
                Arguments.of("district", 100),
                Arguments.of("city", 100),
                Arguments.of("province", 100),
                Arguments.of("department", 100),
                Arguments.of("postal_code", 20));
    }

    @ParameterizedTest(name = "address.{0} longer than {1}")
    @MethodSource("overlongAddressParts")
    void refusesAddressPartsLongerThanTheirField(String part, int max) {
        var response =
                operator.post(CLIENTS, withName("\"address\": {" + quoted(part) + ": " + quoted(chars(max + 1)) + "}"));

        assertRefused(response, "address." + part, "too_long");
    }

    @Test
    void acceptsEveryTextAtItsLongestAllowedLength() {
        String body = json(
                "name", chars(200),
                "legal_name", chars(255),
                "trade_name", chars(255),
                "tax_id", chars(60),
                "email", "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(61),
                "phone", chars(40),
                "mobile", chars(40),
                "notes", chars(1000),
                "image_url", "https://example.com/" + "i".repeat(480),
                "external_code", chars(120),
                "address",
                        Map.ofEntries(
                                Map.entry("line", chars(255)),
                                Map.entry("street", chars(200)),
                                Map.entry("door_number", chars(20)),
                                Map.entry("apartment", chars(20)),
                                Map.entry("corner", chars(200)),
                                Map.entry("district", chars(100)),
                                Map.entry("city", chars(100)),
                                Map.entry("province", chars(100)),
                                Map.entry("department", chars(100)),
                                Map.entry("postal_code", chars(20))),
                "metadata", Map.of("k".repeat(40), chars(500)));

        var response = operator.post(CLIENTS, body);

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.body().get("email").stringValue()).hasSize(254);
        assertThat(response.body().get("notes").stringValue()).hasSize(1000);
    }

    @Test
    void refusesAnEmailLongerThan254Characters() {
        String email = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(62);

        var response = operator.post(CLIENTS, json("name", "Bodega Central", "email", email));

        assertRefused(response, "email", "too_long");
    }

    static Stream<Arguments> badFormats() {
        return Stream.of(
                Arguments.of("\"email\": \"maria.lopez\"", "email", "invalid_format"),
                Arguments.of("\"email\": \"maria@\"", "email", "invalid_format"),
                Arguments.of("\"email\": \"maria lopez@andes.pe\"", "email", "invalid_format"),
                Arguments.of("\"image_url\": \"/images/logo.png\"", "image_url", "invalid_format"),
                Arguments.of("\"image_url\": \"ftp://files.andes.pe/logo.png\"", "image_url", "invalid_format"),
                Arguments.of("\"image_url\": \"https://\"", "image_url", "invalid_format"),
                Arguments.of("\"image_url\": " + quoted("https://andes.pe/" + chars(484)), "image_url", "too_long"),
                Arguments.of("\"address\": {\"ubigeo\": \"15010\"}", "address.ubigeo", "invalid_format"),
                Arguments.of("\"address\": {\"ubigeo\": \"ABCDEF\"}", "address.ubigeo", "invalid_format"),
                Arguments.of("\"address\": {\"ubigeo\": \"260101\"}", "address.ubigeo", "invalid_format"),
                Arguments.of("\"address\": {\"ubigeo\": \"000101\"}", "address.ubigeo", "invalid_format"),
                Arguments.of("\"address\": {\"ubigeo\": \"1501011\"}", "address.ubigeo", "too_long"),
                Arguments.of("\"address\": {\"latitude\": 91}", "address.latitude", "out_of_range"),
                Arguments.of("\"address\": {\"latitude\": -90.5}", "address.latitude", "out_of_range"),
                Arguments.of("\"address\": {\"longitude\": -181}", "address.longitude", "out_of_range"),
                Arguments.of("\"address\": {\"longitude\": 180.01}", "address.longitude", "out_of_range"),
                Arguments.of("\"address\": {\"latitude\": \"-12.04\"}", "address.latitude", "invalid_type"),
                Arguments.of("\"address\": {\"country\": \"XX\"}", "address.country", "invalid_value"),
                Arguments.of("\"address\": {\"country\": \"PER\"}", "address.country", "too_long"),
                Arguments.of("\"status\": \"DELETED\"", "status", "invalid_value"),
                Arguments.of("\"status\": 1", "status", "invalid_type"),
                Arguments.of("\"kind\": \"ALIEN\"", "kind", "invalid_value"),
                Arguments.of("\"credit_limit\": -0.01", "credit_limit", "out_of_range"),
                Arguments.of("\"credit_limit\": 10.001", "credit_limit", "too_many_decimals"),
                Arguments.of("\"credit_limit\": \"1500.00\"", "credit_limit", "invalid_type"),
                Arguments.of("\"credit_limit\": 1000000000000", "credit_limit", "out_of_range"),
                Arguments.of("\"address\": \"Av. Arequipa 123\"", "address", "invalid_type"),
                Arguments.of("\"document\": \"" + COMPANY_RUC + "\"", "document", "invalid_type"),
                Arguments.of("\"document\": {\"number\": \"" + COMPANY_RUC + "\"}", "document.type", "required"),
                Arguments.of("\"document\": {\"type\": \"RUC\"}", "document.number", "required"),
                Arguments.of(
                        "\"document\": {\"country\": \"XX\", \"type\": \"RUC\", \"number\": \"" + COMPANY_RUC + "\"}",
                        "document.country",
                        "invalid_value"),
                Arguments.of("\"metadata\": [\"vip\"]", "metadata", "invalid_type"),
                Arguments.of("\"tax_id\": true", "tax_id", "invalid_type"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFormats")
    void refusesAValueOfTheWrongFormTypeOrRange(String member, String field, String code) {
        var response = operator.post(CLIENTS, withName(member));

        assertRefused(response, field, code);
    }

    @Test
    void refusesADocumentTypeTheCountryDoesNotHave() {
        var response = operator.post(CLIENTS, withName("\"document\": {\"type\": \"NIT\", \"number\": \"900373115\"}"));

        assertRefused(response, "document.type", "unknown_type");
    }

    @Test
    void refusesARucWithAWrongCheckDigitInAStrictTenant() {
        var response = operator.post(
                CLIENTS,
                withName("\"document\": {\"type\": \"RUC\", \"number\": \"" + RUC_WITH_WRONG_CHECK_DIGIT + "\"}"));

        assertRefused(response, "document.number", "invalid_check_digit");
    }

    @Test
    void refusesARucOfTheWrongLengthInAStrictTenant() {
        var response =
                operator.post(CLIENTS, withName("\"document\": {\"type\": \"RUC\", \"number\": \"2051233379\"}"));

        assertRefused(response, "document.number", "invalid_length");
    }

    static Stream<Arguments> badMetadata() {
        String fiftyOneKeys = IntStream.rangeClosed(1, 51)
                .mapToObj(i -> "\"key" + i + "\": \"v\"")
                .collect(Collectors.joining(", ", "{", "}"));
        return Stream.of(
                Arguments.of("51 keys", fiftyOneKeys, "metadata", "too_many_keys"),
                Arguments.of(
                        "a key with a space", "{\"loyalty card\": \"gold\"}", "metadata.loyalty card", "invalid_key"),
                Arguments.of(
                        "a key of 41 characters",
                        "{\"" + "k".repeat(41) + "\": \"v\"}",
                        "metadata." + "k".repeat(41),
                        "invalid_key"),
                Arguments.of("an empty key", "{\"\": \"v\"}", "metadata.", "invalid_key"),
                Arguments.of(
                        "a value of 501 characters",
                        "{\"note\": " + quoted(chars(501)) + "}",
                        "metadata.note",
                        "too_long"),
                Arguments.of("a number value", "{\"visits\": 5}", "metadata.visits", "invalid_type"),
                Arguments.of("an object value", "{\"card\": {\"tier\": \"gold\"}}", "metadata.card", "invalid_type"));
    }

    @ParameterizedTest(name = "metadata with {0}")
    @MethodSource("badMetadata")
    void refusesMetadataThatIsNotASmallMapOfStrings(String description, String metadata, String field, String code) {
        var response = operator.post(CLIENTS, withName("\"metadata\": " + metadata));

        assertRefused(response, field, code);
    }

    @Test
    void acceptsFiftyMetadataKeys() {
        String fiftyKeys = IntStream.rangeClosed(1, 50)
                .mapToObj(i -> "\"key" + i + "\": \"v\"")
                .collect(Collectors.joining(", ", "{", "}"));

        var response = operator.post(CLIENTS, withName("\"metadata\": " + fiftyKeys));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.body().get("metadata").size()).isEqualTo(50);
    }

    static Stream<Arguments> foreignMembers() {
        return Stream.of(
                Arguments.of("\"nickname\": \"Mari\"", "nickname", "unknown_field"),
                Arguments.of("\"Name\": \"Mari\"", "Name", "unknown_field"),
                Arguments.of("\"address\": {\"floor\": \"3\"}", "address.floor", "unknown_field"),
                Arguments.of(
                        "\"document\": {\"type\": \"RUC\", \"number\": \"" + COMPANY_RUC + "\", \"issued\": \"2020\"}",
                        "document.issued",
                        "unknown_field"),
                Arguments.of("\"id\": \"0190a0a0-0000-7000-8000-000000000000\"", "id", "read_only_field"),
                Arguments.of("\"number\": 7", "number", "read_only_field"),
                Arguments.of("\"phone_e164\": \"+51987654321\"", "phone_e164", "read_only_field"),
                Arguments.of("\"mobile_e164\": \"+51987654321\"", "mobile_e164", "read_only_field"),
                Arguments.of("\"version\": 3", "version", "read_only_field"),
                Arguments.of("\"created_at\": \"2026-01-01T00:00:00Z\"", "created_at", "read_only_field"),
                Arguments.of("\"updated_at\": \"2026-01-01T00:00:00Z\"", "updated_at", "read_only_field"),
                Arguments.of(
                        "\"document\": {\"type\": \"RUC\", \"number\": \"" + COMPANY_RUC
                                + "\", \"formatted\": \"20-512333797\"}",
                        "document.formatted",
                        "read_only_field"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("foreignMembers")
    void refusesMembersACallerMayNotSet(String member, String field, String code) {
        var response = operator.post(CLIENTS, withName(member));

        assertRefused(response, field, code);
    }

    @Test
    void reportsEveryFieldErrorInOneResponse() {
        var response = operator.post(CLIENTS, """
                {"name": "  ", "email": "maria@", "nickname": "Mari", "version": 2,
                 "address": {"ubigeo": "2601", "latitude": 91},
                 "metadata": {"loyalty card": "gold"}, "credit_limit": -5}""");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.code()).isEqualTo("VALIDATION_ERROR");
        assertThat(fieldErrors(response))
                .containsExactlyInAnyOrder(
                        tuple("name", "required"),
                        tuple("email", "invalid_format"),
                        tuple("nickname", "unknown_field"),
                        tuple("version", "read_only_field"),
                        tuple("address.ubigeo", "invalid_format"),
                        tuple("address.latitude", "out_of_range"),
                        tuple("metadata.loyalty card", "invalid_key"),
                        tuple("credit_limit", "out_of_range"));
    }

    @Test
    void refusesABodyThatIsAnArray() {
        var response = operator.post(CLIENTS, "[{\"name\": \"Bodega Central\"}]");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.code()).isEqualTo("VALIDATION_ERROR");
    }

    @Test
    void answersBadRequestToABodyThatIsNotJson() {
        var response = operator.post(CLIENTS, "{\"name\": \"Bodega Central\",");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("BAD_REQUEST");
    }

    @Test
    void refusesANulCharacterInsideAString() {
        var response = operator.post(CLIENTS, "{\"name\": \"Bodega\\u0000Central\"}");

        assertRefused(response, "name", "invalid_characters");
    }

    @Test
    void refusesANulCharacterInsideAMetadataValue() {
        var response = operator.post(CLIENTS, withName("\"metadata\": {\"note\": \"a\\u0000b\"}"));

        assertRefused(response, "metadata.note", "invalid_characters");
    }

    @Test
    void countsLengthsInCharactersNotInUtf16Units() {
        String emoji = new String(Character.toChars(0x1F600));

        var longest = operator.post(CLIENTS, json("name", emoji.repeat(200)));
        var tooLong = operator.post(CLIENTS, json("name", emoji.repeat(201)));

        assertThat(longest.status()).as(longest.toString()).isEqualTo(201);
        assertThat(longest.body().get("name").stringValue()).isEqualTo(emoji.repeat(200));
        assertRefused(tooLong, "name", "too_long");
    }

    @Test
    void trimsTheName() {
        JsonNode client = register(operator, named("  Bodega Central \t"));

        assertThat(client.get("name").stringValue()).isEqualTo("Bodega Central");
    }

    @Test
    void refusesAPatchThatClearsTheName() {
        JsonNode client = register(operator, named("Bodega Central"));

        var response = operator.patch(pathOf(client), "{\"name\": null}");

        assertRefused(response, "name", "required");
    }

    @Test
    void refusesAPatchThatBlanksTheName() {
        JsonNode client = register(operator, named("Bodega Central"));

        var response = operator.patch(pathOf(client), "{\"name\": \"  \"}");

        assertRefused(response, "name", "required");
        assertThat(operator.get(pathOf(client)).body().get("name").stringValue())
                .isEqualTo("Bodega Central");
    }

    @Test
    void refusesAPatchWithAReadOnlyOrUnknownField() {
        JsonNode client = register(operator, named("Bodega Central"));

        var response = operator.patch(
                pathOf(client), "{\"version\": 9, \"nickname\": \"Mari\", \"address\": {\"floor\": \"2\"}}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(fieldErrors(response))
                .containsExactlyInAnyOrder(
                        tuple("version", "read_only_field"),
                        tuple("nickname", "unknown_field"),
                        tuple("address.floor", "unknown_field"));
    }

    @Test
    void refusesABadPatchValueAndKeepsTheClientAsItWas() {
        JsonNode client = register(operator, json("name", "Bodega Central", "email", "ventas@andes.pe"));

        var response = operator.patch(pathOf(client), "{\"email\": \"ventas@\", \"address\": {\"ubigeo\": \"99\"}}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(fieldErrors(response))
                .containsExactlyInAnyOrder(tuple("email", "invalid_format"), tuple("address.ubigeo", "invalid_format"));
        JsonNode stored = operator.get(pathOf(client)).body();
        assertThat(stored.get("email").stringValue()).isEqualTo("ventas@andes.pe");
        assertThat(stored.get("version").longValue()).isEqualTo(1);
    }

    private static void assertRefused(Api.Response response, String field, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.code()).isEqualTo("VALIDATION_ERROR");
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fieldErrors(response)).as(response.toString()).containsExactly(tuple(field, code));
    }
}
