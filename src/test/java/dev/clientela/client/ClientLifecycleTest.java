package dev.clientela.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * The story of two clients from registration to restore, told through the HTTP API as a till or a
 * back office would use it.
 */
class ClientLifecycleTest extends ApiTest {

    @Test
    void aClientsLifeFromRegistrationToRestore() {
        aClientsLife(api.as(openTenant("Comercial Lima", "PE")));
    }

    /** The story, told to a running service through the ADMIN key of a new tenant in Peru. */
    static void aClientsLife(Api shop) {

        // A Peruvian company and a Honduran person are registered.
        Response company = shop.post("/api/v1/clients", """
                {"name": "Distribuidora Andina", "legal_name": "DISTRIBUIDORA ANDINA S.A.C.",
                 "document": {"type": "RUC", "number": "20512333797"},
                 "phone": "+51 987-654-321", "email": "ventas@andina.pe",
                 "address": {"line": "Av. Los Comerciantes 123", "ubigeo": "150101", "city": "Lima"}}""");
        assertThat(company.status()).isEqualTo(201);
        assertThat(company.header("Location")).endsWith("/api/v1/clients/" + id(company));
        assertThat(company.header("ETag")).isEqualTo("\"1\"");
        assertThat(company.body().get("kind").stringValue()).isEqualTo("COMPANY");
        assertThat(company.body().get("number").longValue()).isEqualTo(1);
        assertThat(company.body().get("phone_e164").stringValue()).isEqualTo("+51987654321");

        Response person = shop.post("/api/v1/clients", """
                {"name": "María José López Peña",
                 "document": {"country": "HN", "type": "DNI", "number": "0801-1990-12345"},
                 "mobile": "9999-9999"}""");
        assertThat(person.status()).isEqualTo(201);
        assertThat(person.body().get("kind").stringValue()).isEqualTo("PERSON");
        assertThat(person.body().get("number").longValue()).isEqualTo(2);
        assertThat(person.body().at("/document/number").stringValue()).isEqualTo("0801199012345");
        assertThat(person.body().at("/document/formatted").stringValue()).isEqualTo("0801-1990-12345");
        assertThat(person.body().get("mobile_e164").stringValue()).isEqualTo("+50499999999");

        // Staff find each by what they type, without accents or separators.
        assertThat(names(shop.get("/api/v1/clients?q=maria%20jose%20lopez"))).containsExactly("María José López Peña");
        assertThat(names(shop.get("/api/v1/clients?q=PENA"))).containsExactly("María José López Peña");
        assertThat(names(shop.get("/api/v1/clients?q=0801199012345"))).containsExactly("María José López Peña");
        assertThat(names(shop.get("/api/v1/clients?q=andina"))).containsExactly("Distribuidora Andina");
        assertThat(names(shop.get("/api/v1/clients?q=987%20654"))).containsExactly("Distribuidora Andina");
        assertThat(names(shop.get("/api/v1/clients?document_number=0801-1990-12345")))
                .containsExactly("María José López Peña");

        // A merge patch changes the phone, clears the email and merges the address.
        Response patched = shop.with("If-Match", "\"1\"").patch("/api/v1/clients/" + id(company), """
                {"phone": "01 2345678", "email": null, "address": {"city": "Callao"}}""");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.header("ETag")).isEqualTo("\"2\"");
        assertThat(patched.body().get("email").isNull()).isTrue();
        assertThat(patched.body().get("phone").stringValue()).isEqualTo("01 2345678");
        assertThat(patched.body().at("/address/city").stringValue()).isEqualTo("Callao");
        assertThat(patched.body().at("/address/ubigeo").stringValue()).isEqualTo("150101");
        assertThat(patched.body().get("version").longValue()).isEqualTo(2);

        // The same DNI typed differently is the same document: refused, naming who holds it.
        Response duplicate = shop.post("/api/v1/clients", """
                {"name": "M. J. López", "document": {"country": "HN", "type": "DNI", "number": "0801 1990 12345"}}""");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("DUPLICATE_DOCUMENT");
        assertThat(duplicate.body().get("existing_client_id").stringValue()).isEqualTo(id(person));

        // Archived: still found, now inactive.
        Response archived = shop.patch("/api/v1/clients/" + id(person), "{\"status\": \"INACTIVE\"}");
        assertThat(archived.body().get("status").stringValue()).isEqualTo("INACTIVE");
        assertThat(names(shop.get("/api/v1/clients?status=INACTIVE"))).containsExactly("María José López Peña");

        // Deleted: gone from get, list and search, listed among the deleted.
        assertThat(shop.delete("/api/v1/clients/" + id(person)).status()).isEqualTo(204);
        assertThat(shop.get("/api/v1/clients/" + id(person)).status()).isEqualTo(404);
        assertThat(names(shop.get("/api/v1/clients"))).containsExactly("Distribuidora Andina");
        assertThat(names(shop.get("/api/v1/clients?q=lopez"))).isEmpty();
        assertThat(names(shop.get("/api/v1/clients?deleted=only"))).containsExactly("María José López Peña");

        // Restored: back, with its number and data.
        Response restored = shop.post("/api/v1/clients/" + id(person) + "/restore", null);
        assertThat(restored.status()).isEqualTo(200);
        assertThat(restored.body().get("number").longValue()).isEqualTo(2);
        assertThat(names(shop.get("/api/v1/clients?q=lopez"))).containsExactly("María José López Peña");
        assertThat(names(shop.get("/api/v1/clients?deleted=only"))).isEmpty();
    }

    private static String id(Response response) {
        return response.body().get("id").stringValue();
    }

    private static java.util.List<String> names(Response list) {
        assertThat(list.status()).as(list.text()).isEqualTo(200);
        return list.body()
                .get("data")
                .valueStream()
                .map(client -> client.get("name").stringValue())
                .toList();
    }
}
