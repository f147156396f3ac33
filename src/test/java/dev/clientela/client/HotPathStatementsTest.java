package dev.clientela.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import dev.clientela.support.StatementCounter;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The statements PostgreSQL runs for each request of the hot paths, rate limits on as deployed: a
 * change that adds a round trip to one of them fails here, not in the benchmark. The clock stands
 * still, so no budget falls due for its once-a-second charge in the middle of a measurement. A create
 * is one statement, without a transaction around it: the client with its number, words, audit row and
 * event, and the look for clients that may be the same holder. An update reads the client, then
 * writes it over the version it read with all of that, in a second statement. An idempotency key adds
 * its claim before and its answer after.
 */
@Import(StatementCounter.class)
@TestPropertySource(properties = "clientela.rate-limits.enabled=true")
class HotPathStatementsTest extends ApiTest {

    private Api shop;
    private String clientId;

    @BeforeEach
    void aShopWithAClient() {
        clock.freeze();
        shop = api.as(openTenant("Bodega Contada", "PE"));
        clientId = created(shop.post("/api/v1/clients", person(10000001)));
        shop.get("/api/v1/clients/" + clientId);
    }

    @Test
    void aReadByIdIsOneStatement() {
        for (int i = 0; i < 5; i++) {
            assertThat(statements(() -> shop.get("/api/v1/clients/" + clientId), 200))
                    .hasSize(1)
                    .allMatch(s -> s.startsWith("select "));
        }
    }

    @Test
    void aPageOfTheListIsOneStatement() {
        for (int i = 0; i < 3; i++) {
            shop.post("/api/v1/clients", person(20000001 + i));
        }
        Response[] first = new Response[1];
        assertThat(statements(() -> first[0] = shop.get("/api/v1/clients?limit=2"), 200))
                .hasSize(1);
        String next = first[0].body().path("next_cursor").stringValue();
        assertThat(next).isNotNull();
        assertThat(statements(() -> shop.get("/api/v1/clients?limit=2&cursor=" + next), 200))
                .hasSize(1);
    }

    @Test
    void aCreateIsOneStatement() {
        for (int i = 0; i < 3; i++) {
            int dni = 30000001 + i;
            assertThat(statements(() -> shop.post("/api/v1/clients", person(dni)), 201))
                    .singleElement()
                    .satisfies(s -> assertThat(s)
                            .startsWith("with duplicate_subject as")
                            .contains("insert into client_counters"));
        }
    }

    @Test
    void aCreateWithAnIdempotencyKeyAddsItsClaimAndItsAnswer() {
        for (int i = 0; i < 3; i++) {
            int dni = 40000001 + i;
            Api once = shop.with("Idempotency-Key", "alta-" + dni);
            assertThat(statements(() -> once.post("/api/v1/clients", person(dni)), 201))
                    .hasSize(3);
            assertThat(statements(() -> once.post("/api/v1/clients", person(dni)), 201))
                    .as("a replay: the claim refused, then the stored answer")
                    .hasSize(2);
        }
    }

    @Test
    void aMergePatchUpdateIsTwoStatements() {
        for (int i = 0; i < 3; i++) {
            String notes = "Cliente de los martes " + i;
            assertThat(statements(
                            () -> shop.patch("/api/v1/clients/" + clientId, "{\"notes\": \"" + notes + "\"}"), 200))
                    .satisfiesExactly(
                            read -> assertThat(read).startsWith("select "),
                            write -> assertThat(write)
                                    .startsWith("with duplicate_subject")
                                    .contains("written as ( update clients"));
        }
    }

    @Test
    void anUpdateOfHowAClientIsKnownLooksForDuplicatesInTheSameTwoStatements() {
        for (int i = 0; i < 3; i++) {
            String email = "cuenta" + i + "@example.pe";
            Response[] updated = new Response[1];
            assertThat(statements(
                            () -> updated[0] =
                                    shop.patch("/api/v1/clients/" + clientId, "{\"email\": \"" + email + "\"}"),
                            200))
                    .hasSize(2);
            assertThat(updated[0].body().path("email").stringValue()).isEqualTo(email);
        }
    }

    @Test
    void anUpdateOfTheDocumentIsTwoStatements() {
        for (int i = 0; i < 3; i++) {
            String dni = String.valueOf(50000001 + i);
            assertThat(statements(
                            () -> shop.patch(
                                    "/api/v1/clients/" + clientId,
                                    "{\"document\": {\"type\": \"DNI\", \"number\": \"" + dni + "\"}}"),
                            200))
                    .hasSize(2);
        }
    }

    private static List<String> statements(Supplier<Response> request, int status) {
        StatementCounter.reset();
        Response response = request.get();
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        List<String> sent = StatementCounter.sent();
        System.out.println("statements: " + sent.size() + " " + sent);
        return sent;
    }

    private static String person(int dni) {
        return """
                {"name": "Rosa Quispe %d", "document": {"country": "PE", "type": "DNI", "number": "%d"},
                 "email": "rosa%d@example.pe", "phone": "+51 987 654 321"}""".formatted(dni, dni, dni);
    }

    private static String created(Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.body().get("id").stringValue();
    }
}
