package dev.clientela.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.clientela.support.Api;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import tools.jackson.databind.JsonNode;

/** The requests and readings the client tests share. */
final class ClientRequests {

    static final String CLIENTS = "/api/v1/clients";

    private ClientRequests() {}

    /** Registers a client and returns it; fails the test unless the service answers 201. */
    static JsonNode register(Api api, String json) {
        Api.Response response = api.post(CLIENTS, json);
        assertThat(response.status()).as("registering %s: %s", json, response).isEqualTo(201);
        return response.body();
    }

    static String idOf(JsonNode client) {
        return client.get("id").stringValue();
    }

    static String pathOf(JsonNode client) {
        return CLIENTS + "/" + idOf(client);
    }

    /** {@code name=value&...} with each value percent-encoded (spaces as %20). */
    static String query(String... namesAndValues) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            query.append(i == 0 ? "?" : "&")
                    .append(namesAndValues[i])
                    .append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8)
                            .replace("+", "%20"));
        }
        return query.toString();
    }

    /** GET /api/v1/clients with the parameters given; fails the test unless the service answers 200. */
    static JsonNode list(Api api, String... namesAndValues) {
        Api.Response response = api.get(CLIENTS + query(namesAndValues));
        assertThat(response.status()).as("listing %s", response).isEqualTo(200);
        return response.body();
    }

    /** The names of the clients in a listing's page, in order. */
    static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("data").forEach(client -> names.add(client.get("name").stringValue()));
        return names;
    }

    static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("data").forEach(client -> ids.add(idOf(client)));
        return ids;
    }

    /** Follows {@code next_cursor} from the first page to the last, returning every name seen in order. */
    static List<String> namesOnEveryPage(Api api, String... namesAndValues) {
        List<String> seen = new ArrayList<>();
        JsonNode page = list(api, namesAndValues);
        seen.addAll(names(page));
        int pages = 1;
        while (page.get("has_more").booleanValue()) {
            assertThat(pages++).as("pages followed").isLessThan(100);
            String cursor = page.get("next_cursor").stringValue();
            String[] next = java.util.Arrays.copyOf(namesAndValues, namesAndValues.length + 2);
            next[namesAndValues.length] = "cursor";
            next[namesAndValues.length + 1] = cursor;
            page = list(api, next);
            seen.addAll(names(page));
        }
        assertThat(page.get("next_cursor").isNull())
                .as("next_cursor on the last page")
                .isTrue();
        return seen;
    }

    /** The (field, code) pairs of a problem's {@code errors}. */
    static List<Tuple> fieldErrors(Api.Response response) {
        List<Tuple> errors = new ArrayList<>();
        response.body()
                .path("errors")
                .forEach(e -> errors.add(
                        tuple(e.get("field").stringValue(), e.get("code").stringValue())));
        return errors;
    }
}
