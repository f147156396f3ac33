package dev.clientela.client;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Clients and documents the tests register, named for what they are. */
final class ClientData {

    /** A Peruvian company's RUC (prefix 20). */
    static final String COMPANY_RUC = "20512333797";
    /** The same RUC with its last digit changed: fails the check digit. */
    static final String RUC_WITH_WRONG_CHECK_DIGIT = "20512333798";
    /** A Peruvian person's DNI. */
    static final String PERSON_DNI = "46779354";
    /** A Honduran DNI: department 08, municipality 01, born 1990. */
    static final String HONDURAN_DNI = "0801199012345";
    /** The same Honduran DNI as people write it. */
    static final String HONDURAN_DNI_WITH_DASHES = "0801-1990-12345";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int[] RUC_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private ClientData() {}

    /** A valid company RUC: 20, the eight digits given, and the check digit SUNAT would compute. */
    static String companyRuc(String eightDigits) {
        String firstTen = "20" + eightDigits;
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (firstTen.charAt(i) - '0') * RUC_WEIGHTS[i];
        }
        return firstTen + (11 - sum % 11) % 10;
    }

    static String named(String name) {
        return json("name", name);
    }

    static String withDocument(String name, String type, String number) {
        return json("name", name, "document", Map.of("type", type, "number", number));
    }

    static String withDocument(String name, String country, String type, String number) {
        return json("name", name, "document", Map.of("country", country, "type", type, "number", number));
    }

    /** A JSON object of the given name/value pairs, written by a real JSON writer. */
    static String json(Object... namesAndValues) {
        Map<String, Object> members = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            members.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return JSON.writeValueAsString(members);
    }
}
